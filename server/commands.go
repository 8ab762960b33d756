package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.lsp.dev/jsonrpc2"

	"jitlens/hints"
)

// uriArg is the argument of jitlens.profile and jitlens.clearProfile.
type uriArg struct {
	URI string `json:"uri"`
}

// exportArg is the argument of jitlens.exportProfile.
type exportArg struct {
	URI  string `json:"uri"`
	Path string `json:"path"`
}

// executeCommand runs one of the server's commands. It answers from a
// goroutine: jitlens.profile answers when the run is over.
func (s *Server) executeCommand(ctx context.Context, raw json.RawMessage, reply func(any, error)) {
	var p executeCommandParams
	if err := params(raw, &p); err != nil {
		reply(nil, err)
		return
	}
	switch p.Command {
	case cmdProfile:
		var a uriArg
		if err := oneArg(p.Arguments, &a); err != nil {
			reply(nil, err)
			return
		}
		sum, err := s.profileDocument(ctx, a.URI, p.WorkDoneToken)
		if err == nil && ctx.Err() != nil {
			err = jsonrpc2.NewError(codeCancelled, "profiling cancelled")
		}
		reply(sum, err)
		if err == nil {
			s.afterProfile(a.URI, sum)
		}
	case cmdExportProfile:
		var a exportArg
		if err := oneArg(p.Arguments, &a); err != nil {
			reply(nil, err)
			return
		}
		reply(s.exportProfile(a))
	case cmdClearProfile:
		var a uriArg
		if err := oneArg(p.Arguments, &a); err != nil {
			reply(nil, err)
			return
		}
		reply(s.clearProfile(a.URI))
	default:
		reply(nil, paramsError{fmt.Errorf("unknown command %q", p.Command)})
	}
}

// oneArg decodes a command's single object argument.
func oneArg(args []json.RawMessage, v any) error {
	if len(args) != 1 {
		return paramsError{fmt.Errorf("expected one argument, got %d", len(args))}
	}
	if err := params(args[0], v); err != nil {
		return err
	}
	return nil
}

// runSummary is the answer to jitlens.profile.
type runSummary struct {
	Status      string  `json:"status"`
	Exit        string  `json:"exit,omitempty"` // the run report's exit kind
	DurationMS  int64   `json:"durationMs"`
	TopFunction string  `json:"topFunction,omitempty"`
	TopShare    float64 `json:"topShare,omitempty"`
	Hints       int     `json:"hints"`
	Message     string  `json:"message"`
}

// profileDocument runs the profiler on a document and stores the results.
// The returned error is for a request that cannot run at all; a run that
// fails (crash, time limit, memory) is a summary with its status.
func (s *Server) profileDocument(ctx context.Context, uri string, clientToken json.RawMessage) (runSummary, error) {
	if uri == "" {
		return runSummary{}, paramsError{fmt.Errorf("missing \"uri\"")}
	}
	v, err := s.viewOf(uri)
	if err != nil {
		return runSummary{}, err
	}
	defer v.release()
	if v.path == "" {
		return runSummary{}, failf("cannot profile %s: only file: URIs can run", uri)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	if _, busy := s.running[uri]; busy {
		s.mu.Unlock()
		return runSummary{}, failf("a profile of %s is already running", filepath.Base(v.path))
	}
	s.running[uri] = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.running, uri)
		s.mu.Unlock()
	}()

	script, cleanup, err := scriptToRun(v)
	if err != nil {
		return runSummary{}, failf("cannot profile %s: %v", v.path, err)
	}
	defer cleanup()
	prog := s.startProgress(ctx, cancel, clientToken, "jitlens: profiling "+filepath.Base(v.path))
	binary := v.settings.ServerPath
	if binary == "" {
		binary = s.opts.Profiler
	}
	if binary == "" {
		if binary, err = os.Executable(); err != nil {
			prog.end("failed")
			return runSummary{}, failf("cannot find the jitlens binary: %v", err)
		}
	}
	limit := time.Duration(v.settings.TimeLimitSeconds * float64(time.Second))
	out := runProfiler(ctx, runRequest{
		binary: binary, script: script, rate: v.settings.SampleRate,
		timeLimit: limit, memoryLimit: int64(v.settings.MemoryLimitMB) << 20, env: s.opts.ProfilerEnv,
		tickEvery: 500 * time.Millisecond,
		tick: func(elapsed time.Duration) {
			pct := uint32(0)
			if limit > 0 {
				pct = uint32(min(99, 100*elapsed/limit))
			}
			prog.report(fmt.Sprintf("running for %.1fs", elapsed.Seconds()), pct)
		},
	})
	sum := runSummary{Status: out.status, DurationMS: out.duration.Milliseconds(), Message: out.message}
	if out.report != nil {
		sum.Exit = out.report.Exit
		sum.DurationMS = time.Duration(out.report.DurationNS).Milliseconds()
		p := v.snap.analysis()
		hs := []hints.Hint{}
		if p.file != nil {
			hs = hints.Advise(hints.Input{File: p.file, Report: out.report, Path: script})
		}
		res := newResults(out.report, out.pprof, p.file, hs, script, sum)
		sum.Hints = len(hs)
		if top := topFunction(res); top != nil {
			sum.TopFunction, sum.TopShare = top.qualName, top.time.Share
		}
		if sum.Message == "" {
			sum.Message = summaryMessage(sum)
		}
		res.summary = sum
		s.installResults(uri, v.snap, res)
	}
	prog.end(sum.Message)
	return sum, nil
}

// installResults keeps a profile's results, shifted through the edits made
// while it ran, or marked stale entirely if the text changed in a way the
// server cannot follow (it has only the latest text).
func (s *Server) installResults(uri string, profiled *snapshot, res *results) {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[uri]
	if doc == nil {
		return
	}
	if doc.snap != profiled && doc.snap.text != profiled.text {
		res.shift(lineEdit{whole: true})
	}
	s.results[uri] = res
}

// afterProfile publishes the profile's diagnostics, tells the user how the
// run went, and asks the client to refresh its views.
func (s *Server) afterProfile(uri string, sum runSummary) {
	switch sum.Status {
	case statusOK:
		s.logf("%s: %s", filepath.Base(uri), sum.Message)
	case statusCancelled:
		s.showMessage(3, "jitlens: %s", sum.Message)
	default:
		s.showMessage(2, "jitlens: %s", sum.Message)
	}
	s.publishDiagnostics(uri)
	s.refreshViews()
}

// topFunction is the profiled function whose own lines hold the largest
// share: a driver such as main() holds the whole run inclusively but is not
// where the time goes. Its inclusive share is what the summary reports.
func topFunction(res *results) *funcResult {
	var top *funcResult
	for _, f := range res.funcs {
		if top == nil || f.self.Share > top.self.Share ||
			f.self.Share == top.self.Share && f.time.Share > top.time.Share {
			top = f
		}
	}
	return top
}

func summaryMessage(sum runSummary) string {
	msg := fmt.Sprintf("profiled in %.2fs", float64(sum.DurationMS)/1000)
	if sum.TopFunction != "" {
		msg += fmt.Sprintf(": %s takes %s of the time", sum.TopFunction, percent(sum.TopShare))
	}
	return msg + fmt.Sprintf(", %s", plural(int64(sum.Hints), "hint"))
}

// scriptToRun returns the path to run: the file itself when its saved
// text is what the editor holds, else a copy of the editor's text in a
// temporary directory (with the same name), so that the profile matches
// what the user sees.
func scriptToRun(v *view) (string, func(), error) {
	disk, err := os.ReadFile(v.path)
	if err == nil && bytes.Equal(disk, []byte(v.snap.text)) {
		return v.path, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "jitlens-unsaved-")
	if err != nil {
		return "", nil, err
	}
	p := filepath.Join(dir, filepath.Base(v.path))
	if err := os.WriteFile(p, []byte(v.snap.text), 0o600); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return p, func() { os.RemoveAll(dir) }, nil
}

// exportProfile writes the last pprof profile of a document to a path.
func (s *Server) exportProfile(a exportArg) (any, error) {
	if a.URI == "" || a.Path == "" {
		return nil, paramsError{fmt.Errorf("expected {\"uri\", \"path\"}")}
	}
	if !filepath.IsAbs(a.Path) {
		return nil, paramsError{fmt.Errorf("path must be absolute: %q", a.Path)}
	}
	s.mu.Lock()
	res := s.results[a.URI]
	s.mu.Unlock()
	if res == nil || len(res.pprof) == 0 {
		return nil, failf("no profile of %s to export: run jitlens.profile first", a.URI)
	}
	if err := os.WriteFile(a.Path, res.pprof, 0o644); err != nil {
		return nil, failf("cannot write the profile: %v", err)
	}
	return map[string]any{"path": a.Path, "bytes": len(res.pprof)}, nil
}

// clearProfile forgets a document's profile.
func (s *Server) clearProfile(uri string) (any, error) {
	if uri == "" {
		return nil, paramsError{fmt.Errorf("missing \"uri\"")}
	}
	v, err := s.viewOf(uri)
	if err != nil {
		return nil, err
	}
	v.release() // only whether the document is open
	s.mu.Lock()
	_, had := s.results[uri]
	delete(s.results, uri)
	s.mu.Unlock()
	s.goWork(func() {
		s.publishDiagnostics(uri)
		s.refreshViews()
	})
	return map[string]any{"cleared": had}, nil
}

// reportFileMatches reports whether a file named in a run report is the
// profiled script (by cleaned absolute path, else by base name).
func reportFileMatches(reported, script string) bool {
	if reported == script {
		return true
	}
	x, err1 := filepath.Abs(reported)
	y, err2 := filepath.Abs(script)
	if err1 == nil && err2 == nil && x == y {
		return true
	}
	return !filepath.IsAbs(reported) && filepath.Base(reported) == filepath.Base(script)
}

func plural(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// percent formats a share as a percentage.
func percent(x float64) string {
	p := x * 100
	if p > 0 && p < 1 {
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", p)
}
