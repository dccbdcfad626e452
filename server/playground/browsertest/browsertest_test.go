package browsertest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacegraph/peacegraph/server/playground"
)

// recordingTB is a testing.TB that records failures and skips instead of
// reporting them, so that tests can check that the helper fails when it
// should. Fatal and Skip end the goroutine, as they do in the testing package.
type recordingTB struct {
	testing.TB // the real test: Helper, Logf, TempDir, Cleanup, ...

	mu      sync.Mutex
	errors  []string
	fatal   bool
	skipped bool
}

func (r *recordingTB) record(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors = append(r.errors, s)
}
func (r *recordingTB) Error(args ...any)                 { r.record(fmt.Sprint(args...)) }
func (r *recordingTB) Errorf(format string, args ...any) { r.record(fmt.Sprintf(format, args...)) }
func (r *recordingTB) Fatal(args ...any)                 { r.record(fmt.Sprint(args...)); r.fatalNow() }
func (r *recordingTB) Fatalf(format string, args ...any) {
	r.record(fmt.Sprintf(format, args...))
	r.fatalNow()
}
func (r *recordingTB) fatalNow() {
	r.mu.Lock()
	r.fatal = true
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recordingTB) Skip(args ...any) {
	r.mu.Lock()
	r.skipped = true
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recordingTB) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.errors) > 0
}

// run calls f with r in a goroutine, as the testing package runs a test, and
// waits for it.
func (r *recordingTB) run(f func(tb testing.TB)) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
}

func (r *recordingTB) all() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.errors, "\n")
}

func TestRequireChromiumMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no chromium in it
	tests := []struct {
		ci                     string
		wantFatal, wantSkipped bool
	}{
		{ci: "true", wantFatal: true},
		{ci: "", wantSkipped: true},
		{ci: "false", wantSkipped: true},
	}
	for _, tt := range tests {
		t.Run("CI="+tt.ci, func(t *testing.T) {
			t.Setenv("CI", tt.ci)
			r := &recordingTB{TB: t}
			r.run(func(tb testing.TB) { RequireChromium(tb) })
			if r.fatal != tt.wantFatal || r.skipped != tt.wantSkipped {
				t.Errorf("fatal=%v skipped=%v, want fatal=%v skipped=%v (%s)", r.fatal, r.skipped, tt.wantFatal, tt.wantSkipped, r.all())
			}
		})
	}
}

func TestForeignRequests(t *testing.T) {
	base, _ := url.Parse("http://127.0.0.1:4000")
	got := foreignRequests(base, []string{
		"http://127.0.0.1:4000/",
		"http://127.0.0.1:4000/playground/app.js?v=1",
		"data:font/woff2;base64,AAAA",
		"blob:http://127.0.0.1:4000/uuid",
		"about:blank",
		"http://127.0.0.1:4001/graphql",
		"https://fonts.googleapis.com/css2?family=Roboto",
		"http://localhost:4000/",
	})
	want := []string{"http://127.0.0.1:4001/graphql", "https://fonts.googleapis.com/css2?family=Roboto", "http://localhost:4000/"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("foreignRequests = %q, want %q", got, want)
	}
}

// tamperedServer serves the playground with the page passed through edit, and
// a stub /graphql endpoint (page mechanics only, not a GraphQL server).
func tamperedServer(t *testing.T, edit func(h http.Header, page string) string) *httptest.Server {
	h := playground.Handler(playground.Config{Examples: []playground.Example{{Name: "ping", Query: "query Ping { ping }"}}})
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		page := edit(w.Header(), rec.Body.String())
		w.Header().Set("Content-Length", fmt.Sprint(len(page)))
		_, _ = io.WriteString(w, page)
	})
	mux.Handle("/playground/", h)
	mux.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"data":{"ping":"pong"}}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestRunExampleDetectsProblems checks that RunExample fails the test when
// the page requests another host or violates its CSP. The other host is a
// loopback address (127.0.0.2), so nothing leaves the machine.
func TestRunExampleDetectsProblems(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	RequireChromium(t)
	tests := []struct {
		name string
		edit func(h http.Header, page string) string
		want string
	}{
		{
			name: "foreign request",
			edit: func(h http.Header, page string) string {
				h.Del("Content-Security-Policy") // let the request through to the check
				return strings.Replace(page, "</body>", `<img src="http://127.0.0.2:9/pixel.png" alt=""></body>`, 1)
			},
			want: "requested URLs outside",
		},
		{
			name: "CSP violation",
			edit: func(h http.Header, page string) string {
				return strings.Replace(page, "</body>", `<div style="color: red"></div></body>`, 1)
			},
			want: "Content-Security-Policy violations",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := tamperedServer(t, tt.edit)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			r := &recordingTB{TB: t}
			var result string
			r.run(func(tb testing.TB) { result = RunExample(ctx, tb, srv.URL, 0) })
			t.Logf("RunExample reported, as it should:\n%s", r.all())
			if !strings.Contains(r.all(), tt.want) {
				t.Errorf("RunExample reported %q, want a failure containing %q", r.all(), tt.want)
			}
			if !strings.Contains(result, `"pong"`) {
				t.Errorf("result = %q, want the stub's answer", result)
			}
		})
	}
}

// TestScreenshot checks that RunExample writes the screenshot named by
// PLAYGROUND_SCREENSHOT.
func TestScreenshot(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	RequireChromium(t)
	srv := tamperedServer(t, func(_ http.Header, page string) string { return page })
	path := t.TempDir() + "/shot.png"
	t.Setenv(ScreenshotEnv, path)
	RunExample(context.Background(), t, srv.URL, 0)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "\x89PNG") {
		t.Errorf("%s is not a PNG", path)
	}
}
