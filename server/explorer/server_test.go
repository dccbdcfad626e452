package explorer_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/graph/neo4j/neo4jtest"
	"github.com/peacegraph/peacegraph/seed"
)

// The browser tests run the real server binary (github.com/peacegraph/peacegraph/server),
// built once per test binary: the explorer is a client of the public API, so it is tested
// against the program users run, wired as it ships, on either backend.

var binary struct {
	sync.Once
	path string
	err  error
}

func serverBinary(t *testing.T) string {
	t.Helper()
	binary.Do(func() {
		dir, err := os.MkdirTemp("", "peacegraph-explorer-test-")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(dir, "peacegraph")
		cmd := exec.Command("go", "build", "-o", binary.path, "github.com/peacegraph/peacegraph/server")
		if out, err := cmd.CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatalf("building the server: %v", binary.err)
	}
	return binary.path
}

var listening = regexp.MustCompile(`msg=listening addr=(http://[0-9.:]+)`)

// startServer runs the server on a free loopback port with the given environment added and
// returns its base URL; the server is stopped when the test ends.
func startServer(t *testing.T, env ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, serverBinary(t), "-addr", "127.0.0.1:0")
	// The embedded backend unless env names a Neo4j (the last value of a variable wins).
	cmd.Env = append(os.Environ(), "NEO4J_URI=", "PEACEGRAPH_LOG_LEVEL=info", "PEACEGRAPH_LOG_FORMAT=text")
	cmd.Env = append(cmd.Env, env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
	})
	found := make(chan string, 1)
	var logMu sync.Mutex
	var logBuf bytes.Buffer
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			line := sc.Text()
			logMu.Lock()
			if logBuf.Len() < 64*1024 {
				logBuf.WriteString(line + "\n")
			}
			logMu.Unlock()
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
	}()
	select {
	case base := <-found:
		waitReady(t, base)
		return base
	case <-time.After(60 * time.Second):
		logMu.Lock()
		defer logMu.Unlock()
		t.Fatalf("the server did not start within 60s; its log:\n%s", logBuf.String())
	}
	return ""
}

func waitReady(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get(base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s/readyz did not answer 200 within 60s", base)
}

// gql posts a query to the server and decodes data into out, failing on any error: the
// reference answers the drawings are checked against.
func gql(t *testing.T, base, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		t.Fatalf("GraphQL answer is not JSON: %v", err)
	}
	if len(r.Errors) > 0 {
		t.Fatalf("GraphQL error: %s\nquery: %s", r.Errors[0].Message, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}

// neo4jServer loads the embedded dataset into the Neo4j that NEO4J_URI names and starts the
// server on it. Without NEO4J_URI the test is skipped, or failed with CI=true
// (neo4jtest.Config).
func neo4jServer(t *testing.T) string {
	t.Helper()
	cfg := neo4jtest.Config(t)
	ds, err := seed.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	// The server only reads: it shares the load of the embedded dataset with the other
	// readers, until the test ends (after the server has stopped: cleanups run last-first).
	neo4jtest.Shared(t, ds)
	env := []string{"NEO4J_URI=" + cfg.URI, "NEO4J_USER=" + cfg.User, "NEO4J_PASSWORD=" + cfg.Password}
	if cfg.Database != "" {
		env = append(env, "NEO4J_DATABASE="+cfg.Database)
	}
	return startServer(t, env...)
}

// screenshotDir is where the screenshots go: the test's artifact directory (kept with
// `go test -artifacts -outputdir DIR`), and EXPLORER_SCREENSHOTS too when set.
func screenshotPaths(t *testing.T, name string) []string {
	t.Helper()
	paths := []string{filepath.Join(t.ArtifactDir(), name+".png")}
	if dir := os.Getenv("EXPLORER_SCREENSHOTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Join(dir, name+".png"))
	}
	return paths
}
