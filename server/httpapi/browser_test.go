package httpapi

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/peacegraph/peacegraph/server/playground/browsertest"
)

// TestPlaygroundInBrowser loads the real server's playground in headless Chromium, runs the
// first example (Japan's safeguards) and checks the answer appears in the result pane, with
// no request leaving the server. With CI=true a missing Chromium fails the test.
func TestPlaygroundInBrowser(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t, memoryBackend(t).store))
	defer srv.Close()
	out := browsertest.RunExample(context.Background(), t, srv.URL, 0)
	for _, want := range []string{`"data"`, `"Japan"`, `"safeguards"`, `"groundedIn"`} {
		if !strings.Contains(out, want) {
			t.Errorf("result pane lacks %s:\n%.600s", want, out)
		}
	}
}
