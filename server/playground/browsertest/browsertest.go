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

// Page is one headless Chromium tab, in a browser of its own with an empty profile, that
// records what the page loads: every request, failed loads, uncaught exceptions and
// Content-Security-Policy violations. Names other than the server's host do not resolve, so
// nothing leaves the machine, and [Page.Check] fails the test if the page tried. It serves
// the playground's RunExample and the explorer's browser tests (server/explorer).
type Page struct {
	t    testing.TB
	base *url.URL
	// Ctx runs chromedp actions in the tab: chromedp.Run(p.Ctx, ...) or chromedp.Do.
	Ctx context.Context

	cancel func()

	mu         sync.Mutex
	requests   []string // every URL the page requested, in order
	urls       map[network.RequestID]string
	failures   []string // failed loads and HTTP errors of page resources
	exceptions []string // uncaught exceptions
	fetches    int      // fetch/XHR requests sent
	inflight   map[network.RequestID]bool
	finished   bool // Close was called: t must no longer be used
}

// Open starts Chromium for a page of the server at baseURL (an absolute http(s) URL) and
// returns it before navigating anywhere; Close ends it (it is also registered with
// t.Cleanup). Without Chromium the test is skipped, or failed when CI=true.
func Open(ctx context.Context, t testing.TB, baseURL string) *Page {
	t.Helper()
	base, err := url.Parse(strings.TrimRight(baseURL, "/"))
	if err != nil || base.Host == "" || (base.Scheme != "http" && base.Scheme != "https") {
		t.Fatalf("browsertest: baseURL %q is not an absolute http(s) URL", baseURL)
	}
	chromium := RequireChromium(t)
	var cancels []func()
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		cancels = append(cancels, cancel)
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
		chromedp.Flag("hide-scrollbars", true),
		// Belt and braces: names other than the server's do not resolve, so even a request
		// the checks flag never leaves the machine.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE "+base.Hostname()),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	cancels = append(cancels, cancelAlloc)
	p := &Page{t: t, base: base, urls: map[network.RequestID]string{}, inflight: map[network.RequestID]bool{}}
	logf := func(format string, args ...any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if !p.finished {
			t.Logf(format, args...)
		}
	}
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx,
		chromedp.WithLogf(logf),
		chromedp.WithErrorf(logf),
		chromedp.WithListener(p.listen),
	)
	cancels = append(cancels, cancelBrowser)
	p.Ctx = browserCtx
	p.cancel = func() {
		for i := len(cancels) - 1; i >= 0; i-- {
			cancels[i]()
		}
	}
	t.Cleanup(p.Close)
	setup := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: initScript})
		return err
	})
	if err := chromedp.Do(browserCtx, setup); err != nil {
		p.Fatalf("start Chromium (%s): %v", chromium, err)
	}
	return p
}

// listen runs in the tab's read loop: it only records.
func (p *Page) listen(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
		p.urls[ev.RequestID] = ev.Request.URL
		if ev.Type == network.ResourceTypeFetch || ev.Type == network.ResourceTypeXHR {
			p.fetches++
			p.inflight[ev.RequestID] = true
		}
	case *network.EventLoadingFinished:
		delete(p.inflight, ev.RequestID)
	case *network.EventResponseReceived:
		// HTTP errors of fetches (GraphQL requests) are left to the caller, who sees the
		// answer; those of the page's own resources (document, script, stylesheet, font,
		// image) are failures.
		if ev.Response.Status >= 400 && ev.Type != network.ResourceTypeFetch && ev.Type != network.ResourceTypeXHR {
			p.failures = append(p.failures, fmt.Sprintf("%s %s: HTTP %d", ev.Type, ev.Response.URL, int(ev.Response.Status)))
		}
	case *network.EventLoadingFailed:
		delete(p.inflight, ev.RequestID)
		if !ev.Canceled {
			p.failures = append(p.failures, fmt.Sprintf("%s %s: %s %s", ev.Type, p.urls[ev.RequestID], ev.ErrorText, ev.BlockedReason))
		}
	case *runtime.EventExceptionThrown:
		p.exceptions = append(p.exceptions, exceptionText(ev.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError && !p.finished {
			p.t.Logf("browsertest: console.error: %s", consoleText(ev.Args))
		}
	}
}

// Diagnostics describes what the page has loaded and thrown so far, for failure messages.
func (p *Page) Diagnostics() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return fmt.Sprintf("requests: %q; failures: %q; exceptions: %q", p.requests, p.failures, p.exceptions)
}

// Fatalf fails the test with the page's diagnostics.
func (p *Page) Fatalf(format string, args ...any) {
	p.t.Helper()
	p.t.Fatalf("browsertest: %s (%s)", fmt.Sprintf(format, args...), p.Diagnostics())
}

// Do runs chromedp actions in the tab, failing the test with step in the message.
func (p *Page) Do(step string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.Ctx, actions...); err != nil {
		p.Fatalf("%s: %v", step, err)
	}
}

// Navigate loads path (e.g. "/explore") on the server.
func (p *Page) Navigate(path string) {
	p.t.Helper()
	p.Do("load "+p.base.String()+path, chromedp.Navigate(p.base.String()+path))
}

// URL is the absolute URL of path on the server.
func (p *Page) URL(path string) string { return p.base.String() + path }

// Eval evaluates js in the page and returns its value.
func Eval[T any](p *Page, step, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.Fatalf("%s: %v", step, err)
	}
	return v
}

// Poll evaluates js until it returns a truthy value (within timeout) and returns it.
func Poll[T any](p *Page, step, js string, timeout time.Duration) T {
	p.t.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Poll[T](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		p.Fatalf("%s: %v", step, err)
	}
	return v
}

// Fetches is the number of fetch/XHR requests the page has sent.
func (p *Page) Fetches() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fetches
}

// WaitQuiet waits until no fetch/XHR request of the page has been in flight for a while and
// returns the number of such requests sent so far.
func (p *Page) WaitQuiet() int {
	p.t.Helper()
	n, err := waitQuiet(p.Ctx, &p.mu, p.inflight, &p.fetches)
	if err != nil {
		p.Fatalf("wait for the page's requests to finish: %v", err)
	}
	return n
}

// Screenshot writes a full-page PNG to path.
func (p *Page) Screenshot(path string) {
	p.t.Helper()
	png, err := chromedp.Run(p.Ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Errorf("browsertest: screenshot: %v", err)
		return
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Errorf("browsertest: writing screenshot: %v", err)
		return
	}
	p.t.Logf("browsertest: screenshot written to %s", path)
}

// Check fails the test (without stopping it) if the page requested a URL on another host,
// violated its Content-Security-Policy, threw an uncaught exception, or failed to load one
// of its resources.
func (p *Page) Check() {
	p.t.Helper()
	violations, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](`window.__playgroundCSPViolations || []`))
	if err != nil {
		p.t.Errorf("browsertest: read CSP violations: %v", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if foreign := foreignRequests(p.base, p.requests); len(foreign) > 0 {
		p.t.Errorf("browsertest: the page requested URLs outside %s: %q", p.base.Host, foreign)
	}
	if len(violations) > 0 {
		p.t.Errorf("browsertest: Content-Security-Policy violations: %q", violations)
	}
	if len(p.exceptions) > 0 {
		p.t.Errorf("browsertest: uncaught exceptions in the page: %q", p.exceptions)
	}
	if len(p.failures) > 0 {
		p.t.Errorf("browsertest: failed requests: %q", p.failures)
	}
}

// Close ends the browser. The test's Cleanup calls it too; a second call does nothing.
func (p *Page) Close() {
	p.mu.Lock()
	done := p.finished
	p.finished = true
	p.mu.Unlock()
	if !done {
		p.cancel()
	}
}

// RunExample opens the playground served at baseURL (baseURL+"/" is the page) in a fresh
// headless Chromium, selects the tab of example exampleIndex (0 is the first Config.Examples
// entry), clicks GraphiQL's execute button, waits until the result pane shows JSON
// containing "data", and returns the result pane's text.
//
// It fails the test if the page requests any URL on a host other than baseURL's (data: and
// blob: URLs are not requests to a host), if the page violates its
// Content-Security-Policy, or if a script throws an uncaught exception (see [Page.Check]).
// Each call starts and ends its own browser with an empty profile, so the page shows the
// configured examples rather than saved state.
func RunExample(ctx context.Context, t testing.TB, baseURL string, exampleIndex int) (resultText string) {
	t.Helper()
	if exampleIndex < 0 {
		t.Fatalf("browsertest: negative example index %d", exampleIndex)
	}
	p := Open(ctx, t, baseURL)
	defer p.Close()
	p.Do("load "+p.URL("/")+" and wait for the GraphiQL query editor",
		chromedp.Navigate(p.URL("/")), chromedp.WaitVisible(chromedp.CSS(editorSelector)))
	tabCount := Eval[int](p, "count tabs", `document.querySelectorAll('.graphiql-tab').length`)
	if exampleIndex >= tabCount {
		t.Fatalf("browsertest: example %d requested, but the playground shows %d tab(s)", exampleIndex, tabCount)
	}
	tabSelector := fmt.Sprintf(tabSelectorFmt, exampleIndex)
	p.Do("select tab "+tabSelector, chromedp.Click(chromedp.CSS(tabSelector)))
	isSelected := fmt.Sprintf(`document.querySelector(%q).closest('.graphiql-tab').getAttribute('aria-selected') === 'true'`, tabSelector)
	Poll[bool](p, "wait for tab "+tabSelector+" to be selected", isSelected, 10*time.Second)
	queryText := Eval[string](p, "read the query", activeQueryJS)

	// GraphiQL fetches the schema (introspection) on load, and may show what it got in the
	// result pane. Let the requests settle and empty the pane, so that the result waited for
	// is the one of the execute click.
	fetchesBefore := p.WaitQuiet()
	Eval[bool](p, "clear the result pane", clearResultJS)
	p.Do("click the execute button", chromedp.Click(chromedp.CSS(executeSelector)))
	resultText = Poll[string](p, "wait for a result", resultJS, 0)
	if !strings.Contains(resultText, `"data"`) {
		t.Fatalf("browsertest: example %d gave a result without \"data\":\n%s\nquery:\n%s", exampleIndex, resultText, queryText)
	}
	if p.Fetches() <= fetchesBefore {
		p.Fatalf("the result pane shows %q, but clicking execute sent no request", resultText)
	}
	t.Logf("browsertest: ran example %d:\n%s", exampleIndex, queryText)
	if path := os.Getenv(ScreenshotEnv); path != "" {
		p.Screenshot(path)
	}
	p.Check()
	return resultText
}

// ActiveQuery returns the text of GraphiQL's query editor on p.
func ActiveQuery(p *Page) string { return Eval[string](p, "read the query", activeQueryJS) }

// EditorSelector is GraphiQL's query editor, to wait for.
const EditorSelector = editorSelector

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
