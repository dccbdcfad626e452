// Command canned is the ceiling of the side-by-side benchmark (tools/bench/peer): a net/http
// server that answers each query shape with the exact bytes peacegraph answered for it, saved
// beforehand, so that a leg against it measures what HTTP, the request body and writing the
// same JSON from memory cost on this machine, and nothing else.
//
//	canned -addr 127.0.0.1:18303 -dir DIR
//
// DIR holds NAME.json files (written by tools/bench/peer/check.mjs --save); POST /NAME reads
// the request body to its end, as a GraphQL server must, and writes NAME.json with the headers
// peacegraph sends. GET /readyz answers 200. Only loopback addresses are accepted.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/peacegraph/peacegraph/tools/bench/internal/loopback"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "canned:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("canned", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:18303", "listen address (loopback only)")
	dir := fs.String("dir", "", "folder of NAME.json answers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopback.Check(*addr); err != nil {
		return err
	}
	answers, err := load(*dir)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: handler(answers), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	slog.Info("canned: serving", "addr", ln.Addr().String(), "answers", len(answers))
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// load reads every NAME.json of dir.
func load(dir string) (map[string][]byte, error) {
	if dir == "" {
		return nil, errors.New("-dir is required")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("load: no .json answers in %s", dir)
	}
	answers := make(map[string][]byte, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		answers[strings.TrimSuffix(filepath.Base(f), ".json")] = b
	}
	return answers, nil
}

// handler answers POST /NAME with answers[NAME]. The headers are peacegraph's, so that the bytes
// on the wire differ only by the Date and X-Request-Id values.
func handler(answers map[string][]byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/readyz" {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"status":"ready"}`)
			return
		}
		body, ok := answers[strings.TrimPrefix(r.URL.Path, "/")]
		if !ok {
			http.Error(w, "no such shape", http.StatusNotFound)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		if _, err := io.Copy(io.Discard, r.Body); err != nil {
			return // the client went away
		}
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Vary", "Accept")
		h.Set("X-Request-Id", "0000000000000000")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})
}
