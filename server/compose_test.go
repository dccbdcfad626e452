package main

import (
	"context"
	"slices"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// TestComposeFile validates docker-compose.yml with the Compose specification's own loader
// (no Docker engine runs here) and checks the wiring users rely on: Neo4j 5.26 Community with
// a volume and a health check, a one-shot seed step, and the API at :8080 waiting for both.
func TestComposeFile(t *testing.T) {
	opts, err := cli.NewProjectOptions([]string{"../docker-compose.yml"},
		cli.WithWorkingDirectory(".."), cli.WithEnv([]string{"NEO4J_PASSWORD=secret-pw"}), cli.WithConsistency(true))
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("docker-compose.yml does not load: %v", err)
	}
	svc := func(name string) types.ServiceConfig {
		t.Helper()
		s, err := p.GetService(name)
		if err != nil {
			t.Fatalf("service %s: %v", name, err)
		}
		return s
	}
	neo, seed, api := svc("neo4j"), svc("seed"), svc("api")
	if neo.Image != "neo4j:5.26-community" || neo.HealthCheck == nil || len(neo.Volumes) == 0 {
		t.Errorf("neo4j: image %q, healthcheck %v, volumes %v", neo.Image, neo.HealthCheck, neo.Volumes)
	}
	if got := *neo.Environment["NEO4J_AUTH"]; got != "neo4j/secret-pw" {
		t.Errorf("NEO4J_AUTH = %q: the password must come from NEO4J_PASSWORD", got)
	}
	if seed.Build == nil || !slices.Equal(seed.Command, types.ShellCommand{"seed", "load"}) || seed.DependsOn["neo4j"].Condition != types.ServiceConditionHealthy {
		t.Errorf("seed: build %v, command %v, depends_on %v", seed.Build, seed.Command, seed.DependsOn)
	}
	if api.Build == nil || api.HealthCheck == nil || api.DependsOn["seed"].Condition != types.ServiceConditionCompletedSuccessfully {
		t.Errorf("api: build %v, healthcheck %v, depends_on %v", api.Build, api.HealthCheck, api.DependsOn)
	}
	if len(api.Ports) != 1 || api.Ports[0].Target != 8080 || api.Ports[0].Published != "8080" {
		t.Errorf("api ports = %+v, want 8080:8080", api.Ports)
	}
	for _, s := range []types.ServiceConfig{seed, api} {
		if *s.Environment["NEO4J_URI"] != "bolt://neo4j:7687" || *s.Environment["NEO4J_PASSWORD"] != "secret-pw" {
			t.Errorf("%s: NEO4J_URI %q, password %q", s.Name, *s.Environment["NEO4J_URI"], *s.Environment["NEO4J_PASSWORD"])
		}
	}
}
