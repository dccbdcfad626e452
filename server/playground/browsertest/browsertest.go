// Package browsertest drives the GraphiQL playground (server/playground) in a
// headless Chromium, for tests: it loads the page, runs one of the saved
// example queries and returns the result, while checking that the page loads
// nothing from any host but the server under test.
//
// Chromium is found with exec.LookPath("chromium"), then "chromium-browser"
// (Debian: apt-get install -y chromium). When it is missing the test is
// skipped, except when the environment has CI=true: then it fails, so that a
// CI machine without Chromium cannot pass by skipping.
//
// If PLAYGROUND_SCREENSHOT names a file, a full-page PNG screenshot is written
// there once the result is shown.
package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// DefaultTimeout bounds RunExample when ctx has no deadline.
const DefaultTimeout = 90 * time.Second

// ScreenshotEnv is the environment variable naming a PNG file to write a
// full-page screenshot to after the example has run.
const ScreenshotEnv = "PLAYGROUND_SCREENSHOT"

// Selectors of GraphiQL (v4) elements used by RunExample.
const (
	editorSelector  = ".graphiql-query-editor .CodeMirror"
	executeSelector = "button.graphiql-execute-button"
	tabSelectorFmt  = "#graphiql-session-tab-%d"
)

// initScript runs in the page before any of its own scripts (scripts added
// through the DevTools protocol are not subject to the page's CSP) and records
// Content-Security-Policy violations.
const initScript = `window.__playgroundCSPViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__playgroundCSPViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`

// resultJS returns the text of GraphiQL's response editor once it is not
// empty, and false before that. CodeMirror keeps the whole text in its model
// (the DOM holds only the visible lines).
const resultJS = `(() => {
  const el = document.querySelector('.graphiql-response .CodeMirror');
  const text = el && el.CodeMirror ? el.CodeMirror.getValue() : '';
  return text.trim() !== '' ? text : false;
})()`

// clearResultJS empties GraphiQL's response editor.
const clearResultJS = `(() => {
  const el = document.querySelector('.graphiql-response .CodeMirror');
  if (el && el.CodeMirror) el.CodeMirror.setValue('');
  return true;
})()`

// activeQueryJS returns the text of the query editor.
const activeQueryJS = `(() => {
  const el = document.querySelector('.graphiql-query-editor .CodeMirror');
  return el && el.CodeMirror ? el.CodeMirror.getValue() : '';
})()`

// FindChromium returns the path of the Chromium binary, or "" if none is found.
func FindChromium() string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// RequireChromium returns the path of Chromium. Without one it fails the test
// if the environment has CI=true, and skips it otherwise.
func RequireChromium(t testing.TB) string {
	t.Helper()
	p := FindChromium()
	if p != "" {
		return p
	}
	const msg = "headless browser test needs Chromium: neither `chromium` nor `chromium-browser` is in PATH (Debian: apt-get install -y chromium)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; failing instead of skipping because CI=true")
	}
	t.Skip(msg)
	return ""
}

// RunExample opens the playground served at baseURL (baseURL+"/" is the page)
// in a fresh headless Chromium, selects the tab of example exampleIndex (0 is
// the first Config.Examples entry), clicks GraphiQL's execute button, waits
// until the result pane shows JSON containing "data", and returns the result
// pane's text.
//
// It fails the test if the page requests any URL on a host other than
// baseURL's (data: and blob: URLs are not requests to a host), if the page
// violates its Content-Security-Policy, or if a script throws an uncaught
// exception. Each call starts and ends its own browser with an empty profile,
// so the page shows the configured examples rather than saved state.
func RunExample(ctx context.Context, t testing.TB, baseURL string, exampleIndex int) (resultText string) {
	t.Helper()
	if exampleIndex < 0 {
		t.Fatalf("browsertest: negative example index %d", exampleIndex)
	}
	base, err := url.Parse(strings.TrimRight(baseURL, "/"))
	if err != nil || base.Host == "" || (base.Scheme != "http" && base.Scheme != "https") {
		t.Fatalf("browsertest: baseURL %q is not an absolute http(s) URL", baseURL)
	}
	chromium := RequireChromium(t)

	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}

	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		// Belt and braces: names other than the server's do not resolve, so
		// even a request the checks below would flag never leaves the machine.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE "+base.Hostname()),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()

	var (
		mu         sync.Mutex
		requests   []string // every URL the page requested, in order
		urls       = map[network.RequestID]string{}
		failures   []string // failed loads and HTTP errors of page resources
		exceptions []string // uncaught exceptions
		fetches    int      // fetch/XHR requests sent (GraphQL requests)
		inflight   = map[network.RequestID]bool{}
		finished   bool // RunExample returned: t must no longer be used
	)
	logf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if !finished {
			t.Logf(format, args...)
		}
	}
	// The listener is installed with the context, so it sees every event of
	// the tab from its start. It runs in the tab's read loop: it only records.
	listener := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
			urls[ev.RequestID] = ev.Request.URL
			if ev.Type == network.ResourceTypeFetch || ev.Type == network.ResourceTypeXHR {
				fetches++
				inflight[ev.RequestID] = true
			}
		case *network.EventLoadingFinished:
			delete(inflight, ev.RequestID)
		case *network.EventResponseReceived:
			// HTTP errors of the GraphQL endpoint (fetch) are left to the
			// caller, who sees the result; those of the page's own resources
			// (document, script, stylesheet, font, image) are failures.
			if ev.Response.Status >= 400 && ev.Type != network.ResourceTypeFetch && ev.Type != network.ResourceTypeXHR {
				failures = append(failures, fmt.Sprintf("%s %s: HTTP %d", ev.Type, ev.Response.URL, int(ev.Response.Status)))
			}
		case *network.EventLoadingFailed:
			delete(inflight, ev.RequestID)
			if !ev.Canceled {
				failures = append(failures, fmt.Sprintf("%s %s: %s %s", ev.Type, urls[ev.RequestID], ev.ErrorText, ev.BlockedReason))
			}
		case *runtime.EventExceptionThrown:
			exceptions = append(exceptions, exceptionText(ev.ExceptionDetails))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError && !finished {
				t.Logf("browsertest: console.error: %s", consoleText(ev.Args))
			}
		}
	}
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx,
		chromedp.WithLogf(logf),
		chromedp.WithErrorf(logf),
		chromedp.WithListener(listener),
	)
	defer cancelBrowser()
	defer func() { // runs before the browser is cancelled
		mu.Lock()
		finished = true
		mu.Unlock()
	}()
	diagnostics := func() string {
		mu.Lock()
		defer mu.Unlock()
		return fmt.Sprintf("requests: %q; failures: %q; exceptions: %q", requests, failures, exceptions)
	}
	fail := func(step string, err error) {
		t.Helper()
		t.Fatalf("browsertest: %s: %v (%s)", step, err, diagnostics())
	}

	setup := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: initScript})
		return err
	})
	if err := chromedp.Do(browserCtx, setup); err != nil {
		fail("start Chromium ("+chromium+")", err)
	}
	if err := chromedp.Do(browserCtx,
		chromedp.Navigate(base.String()+"/"),
		chromedp.WaitVisible(chromedp.CSS(editorSelector)),
	); err != nil {
		fail("load "+base.String()+"/ and wait for the GraphiQL query editor", err)
	}
	tabCount, err := chromedp.Run(browserCtx, chromedp.Evaluate[int](`document.querySelectorAll('.graphiql-tab').length`))
	if err != nil {
		fail("count tabs", err)
	}
	if exampleIndex >= tabCount {
		t.Fatalf("browsertest: example %d requested, but the playground shows %d tab(s)", exampleIndex, tabCount)
	}

	tabSelector := fmt.Sprintf(tabSelectorFmt, exampleIndex)
	if err := chromedp.Do(browserCtx, chromedp.Click(chromedp.CSS(tabSelector))); err != nil {
		fail("select tab "+tabSelector, err)
	}
	isSelected := fmt.Sprintf(`document.querySelector(%q).closest('.graphiql-tab').getAttribute('aria-selected') === 'true'`, tabSelector)
	if _, err := chromedp.Run(browserCtx, chromedp.Poll[bool](isSelected, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		fail("wait for tab "+tabSelector+" to be selected", err)
	}
	queryText, err := chromedp.Run(browserCtx, chromedp.Evaluate[string](activeQueryJS))
	if err != nil {
		fail("read the query", err)
	}

	// GraphiQL fetches the schema (introspection) on load, and may show what
	// it got in the result pane. Let the requests settle and empty the pane,
	// so that the result waited for is the one of the execute click.
	fetchesBefore, err := waitQuiet(ctx, &mu, inflight, &fetches)
	if err != nil {
		fail("wait for GraphiQL's requests to finish", err)
	}
	if _, err := chromedp.Run(browserCtx, chromedp.Evaluate[bool](clearResultJS)); err != nil {
		fail("clear the result pane", err)
	}
	if err := chromedp.Do(browserCtx, chromedp.Click(chromedp.CSS(executeSelector))); err != nil {
		fail("click the execute button", err)
	}
	resultText, err = chromedp.Run(browserCtx, chromedp.Poll[string](resultJS,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(0)))
	if err != nil {
		fail("wait for a result", err)
	}
	if !strings.Contains(resultText, `"data"`) {
		t.Fatalf("browsertest: example %d gave a result without \"data\":\n%s\nquery:\n%s", exampleIndex, resultText, queryText)
	}
	mu.Lock()
	sent := fetches > fetchesBefore
	mu.Unlock()
	if !sent {
		t.Fatalf("browsertest: the result pane shows %q, but clicking execute sent no request (%s)", resultText, diagnostics())
	}
	violations, err := chromedp.Run(browserCtx, chromedp.Evaluate[[]string](`window.__playgroundCSPViolations || []`))
	if err != nil {
		fail("read CSP violations", err)
	}
	t.Logf("browsertest: ran example %d:\n%s", exampleIndex, queryText)

	if path := os.Getenv(ScreenshotEnv); path != "" {
		png, err := chromedp.Run(browserCtx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("browsertest: screenshot: %v", err)
		} else if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Errorf("browsertest: writing screenshot: %v", err)
		} else {
			t.Logf("browsertest: screenshot written to %s", path)
		}
	}

	mu.Lock()
	defer mu.Unlock()
	if foreign := foreignRequests(base, requests); len(foreign) > 0 {
		t.Errorf("browsertest: the page requested URLs outside %s: %q", base.Host, foreign)
	}
	if len(violations) > 0 {
		t.Errorf("browsertest: Content-Security-Policy violations: %q", violations)
	}
	if len(exceptions) > 0 {
		t.Errorf("browsertest: uncaught exceptions in the page: %q", exceptions)
	}
	if len(failures) > 0 {
		t.Errorf("browsertest: failed requests: %q", failures)
	}
	return resultText
}

// quietPeriod is how long no fetch must be in flight for the page to count as
// settled.
const quietPeriod = 300 * time.Millisecond

// waitQuiet waits until no fetch/XHR request of the page has been in flight
// for quietPeriod, and returns the number of such requests sent so far.
func waitQuiet(ctx context.Context, mu *sync.Mutex, inflight map[network.RequestID]bool, fetches *int) (int, error) {
	quietSince := time.Now()
	for {
		mu.Lock()
		busy, n := len(inflight) > 0, *fetches
		mu.Unlock()
		if busy {
			quietSince = time.Now()
		} else if time.Since(quietSince) >= quietPeriod {
			return n, nil
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// foreignRequests returns the URLs in requests that go to a host other than
// base's (host and port compared). data:, blob: and about: URLs load nothing
// from a host and are ignored.
func foreignRequests(base *url.URL, requests []string) []string {
	var foreign []string
	for _, raw := range requests {
		u, err := url.Parse(raw)
		if err != nil {
			foreign = append(foreign, raw)
			continue
		}
		switch u.Scheme {
		case "data", "blob", "about":
			continue
		}
		if !strings.EqualFold(u.Host, base.Host) {
			foreign = append(foreign, raw)
		}
	}
	return foreign
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}

func consoleText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		switch {
		case a.Description != "":
			parts = append(parts, a.Description)
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}
