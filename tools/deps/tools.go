//go:build tools

package tools

import (
	_ "github.com/99designs/gqlgen"
	_ "github.com/99designs/gqlgen/graphql/handler"
	_ "github.com/chromedp/chromedp"
	_ "github.com/compose-spec/compose-go/v2/loader"
	_ "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/vektah/gqlparser/v2"
	_ "github.com/vikstrous/dataloadgen"
	_ "gopkg.in/yaml.v3"
)
