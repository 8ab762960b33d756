package server

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"jitlens/analysis/syntax"
)

// pos is an LSP position as JSON.
func pos(line, char int) map[string]int { return map[string]int{"line": line, "character": char} }

func rng(l1, c1, l2, c2 int) map[string]any {
	return map[string]any{"start": pos(l1, c1), "end": pos(l2, c2)}
}

func docID(uri string) map[string]any { return map[string]any{"uri": uri} }

// diagnosticsFor waits for a publishDiagnostics of uri that satisfies ok.
func (c *testClient) diagnosticsFor(since int, uri string, ok func([]protocol.Diagnostic) bool) []protocol.Diagnostic {
	c.t.Helper()
	var got []protocol.Diagnostic
	c.waitNote(since, "textDocument/publishDiagnostics", func(raw json.RawMessage) bool {
		var p struct {
			URI         string                `json:"uri"`
			Diagnostics []protocol.Diagnostic `json:"diagnostics"`
		}
		if json.Unmarshal(raw, &p) != nil || p.URI != uri {
			return false
		}
		if ok != nil && !ok(p.Diagnostics) {
			return false
		}
		got = p.Diagnostics
		return true
	})
	return got
}

// applyEdits applies LSP text edits to a text, as a client would, and
// returns the didChange content changes that say the same.
func applyEdits(t *testing.T, text string, edits []protocol.TextEdit) (string, []contentChange) {
	t.Helper()
	// Apply from the end so that earlier ranges stay valid, and send the
	// changes in that order too.
	slices.SortFunc(edits, func(a, b protocol.TextEdit) int {
		if a.Range.Start.Line != b.Range.Start.Line {
			return int(b.Range.Start.Line) - int(a.Range.Start.Line)
		}
		return int(b.Range.Start.Character) - int(a.Range.Start.Character)
	})
	var changes []contentChange
	for _, e := range edits {
		x := syntax.NewLineIndex(text)
		sl, sc := x.FromLSP(lspPos(e.Range.Start))
		el, ec := x.FromLSP(lspPos(e.Range.End))
		text = text[:x.Offset(sl, sc)] + e.NewText + text[x.Offset(el, ec):]
		r := e.Range
		changes = append(changes, contentChange{Range: &r, Text: e.NewText})
	}
	return text, changes
}

func TestSession(t *testing.T) {
	c := startServer(t, Options{})
	var init struct {
		Capabilities map[string]json.RawMessage `json:"capabilities"`
	}
	c.mustCall("initialize", map[string]any{
		"processId": nil, "rootUri": nil,
		"capabilities": map[string]any{
			"workspace":    map[string]any{"configuration": true, "inlayHint": map[string]any{"refreshSupport": true}, "codeLens": map[string]any{"refreshSupport": true}},
			"window":       map[string]any{"workDoneProgress": true},
			"textDocument": map[string]any{"publishDiagnostics": map[string]any{"relatedInformation": true}},
		},
	}, &init)
	for _, want := range []string{"textDocumentSync", "hoverProvider", "inlayHintProvider", "codeLensProvider", "codeActionProvider", "executeCommandProvider"} {
		if _, ok := init.Capabilities[want]; !ok {
			t.Errorf("capabilities lack %s: %v", want, init.Capabilities)
		}
	}
	for _, absent := range []string{"completionProvider", "definitionProvider", "documentSymbolProvider"} {
		if _, ok := init.Capabilities[absent]; ok {
			t.Errorf("capabilities claim %s, which is not implemented", absent)
		}
	}
	m := c.mark()
	c.notify("initialized", map[string]any{})
	c.waitNote(m, "window/logMessage", nil)

	// A file with a syntax error: the diagnostic has the parser's span.
	broken := filepath.Join(t.TempDir(), "broken.py")
	m = c.mark()
	bURI := c.open(broken, "x = 1\ndef f(:\n    pass\n")
	diags := c.diagnosticsFor(m, bURI, func(d []protocol.Diagnostic) bool { return len(d) > 0 })
	if d := diags[0]; d.Severity != protocol.DiagnosticSeverityError || d.Range.Start.Line != 1 || d.Source != "jitlens" {
		t.Errorf("syntax error diagnostic = %+v, want an error on line 1", d)
	}

	path, text := copyScript(t, "energy.py")
	m = c.mark()
	uri := c.open(path, text)
	c.diagnosticsFor(m, uri, nil)

	// Profile, with progress.
	m = c.mark()
	var sum runSummary
	c.mustCall("workspace/executeCommand", map[string]any{"command": cmdProfile, "arguments": []any{map[string]string{"uri": uri}}}, &sum)
	if sum.Status != statusOK || sum.TopFunction != "total_energy" || sum.TopShare < 0.5 {
		t.Fatalf("profile summary = %+v, want ok with total_energy on top", sum)
	}
	kinds := []string{}
	for _, p := range c.notesOf(m, methodProgress) {
		var pp struct {
			Value struct{ Kind string } `json:"value"`
		}
		json.Unmarshal(p, &pp)
		kinds = append(kinds, pp.Value.Kind)
	}
	if len(kinds) < 2 || kinds[0] != "begin" || kinds[len(kinds)-1] != "end" {
		t.Errorf("progress kinds = %v, want begin ... end", kinds)
	}
	diags = c.diagnosticsFor(m, uri, func(d []protocol.Diagnostic) bool { return len(d) > 0 })
	codes := map[string]protocol.Diagnostic{}
	for _, d := range diags {
		if _, seen := codes[d.Code.(string)]; !seen {
			codes[d.Code.(string)] = d
		}
	}
	hot, ok := codes["hot-spot"]
	if !ok || hot.Range.Start.Line != 4 || hot.Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("hot-spot diagnostic = %+v (all: %v)", hot, diags)
	}
	if _, ok := codes["type-unstable"]; !ok {
		t.Errorf("no type-unstable diagnostic among %v", diags)
	}
	waitFor(t, func() bool {
		r := c.serverRequests()
		return slices.Contains(r, methodProgressCreate) && slices.Contains(r, methodInlayHintRefresh) && slices.Contains(r, methodCodeLensRefresh)
	}, "progress create and refresh requests")

	// Inlay hints: the hot function's share and JIT state, and types.
	var inlays []InlayHint
	c.mustCall(methodInlayHint, map[string]any{"textDocument": docID(uri), "range": rng(0, 0, 30, 0)}, &inlays)
	var share, typed *InlayHint
	for i, h := range inlays {
		if h.Position.Line == 4 && strings.Contains(h.Label, "% of run") {
			share = &inlays[i]
		}
		if h.Kind == InlayHintKindType && len(h.TextEdits) == 1 {
			typed = &inlays[i]
		}
	}
	if share == nil || !strings.Contains(share.Label, "native") || !strings.Contains(share.Label, "compiled") {
		t.Errorf("no share inlay hint on total_energy's def line: %+v", inlays)
	}
	if typed == nil || typed.TextEdits[0].NewText != typed.Label {
		t.Errorf("no type inlay hint with an edit: %+v", inlays)
	}

	// Hover on the function.
	var hov protocol.Hover
	c.mustCall("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(4, 6)}, &hov)
	for _, want := range []string{"total_energy", "of the run", "JIT: compiled", "tier: native"} {
		if !strings.Contains(hov.Contents.Value, want) {
			t.Errorf("hover lacks %q:\n%s", want, hov.Contents.Value)
		}
	}

	// Code lenses.
	var lenses []protocol.CodeLens
	c.mustCall("textDocument/codeLens", map[string]any{"textDocument": docID(uri)}, &lenses)
	var profileLens, shareLens bool
	for _, l := range lenses {
		if l.Command != nil && l.Command.Command == cmdProfile && l.Range.Start.Line == 4 {
			profileLens = true
		}
		if l.Command != nil && l.Range.Start.Line == 4 && strings.Contains(l.Command.Title, "of the run") {
			shareLens = true
		}
	}
	if !profileLens || !shareLens {
		t.Errorf("code lenses on line 4: profile %v, share %v: %+v", profileLens, shareLens, lenses)
	}

	// Code actions on the type-unstable line; apply one as the client would.
	var actions []protocol.CodeAction
	c.mustCall("textDocument/codeAction", map[string]any{"textDocument": docID(uri), "range": rng(5, 0, 7, 0), "context": map[string]any{"diagnostics": []any{}}}, &actions)
	var fix *protocol.CodeAction
	var fixAll, export bool
	for i, a := range actions {
		switch a.Kind {
		case protocol.QuickFix:
			if fix == nil && a.Edit != nil {
				fix = &actions[i]
			}
		case fixAllKind:
			fixAll = true
		case exportKind:
			export = a.Command != nil && a.Command.Command == cmdExportProfile
		}
	}
	if fix == nil || !fixAll || !export {
		t.Fatalf("code actions: quick fix %v, fix-all %v, export %v: %+v", fix != nil, fixAll, export, actions)
	}
	newText, changes := applyEdits(t, text, fix.Edit.Changes[protocol.DocumentURI(uri)])
	m = c.mark()
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": changes})
	diags = c.diagnosticsFor(m, uri, nil)
	if _, errs := syntax.Parse(path, []byte(newText)); len(errs) > 0 {
		t.Errorf("the fix broke the file: %v\n%s", errs[0], newText)
	}
	staleSeen := false
	for _, d := range diags {
		staleSeen = staleSeen || strings.Contains(d.Message, "stale")
	}
	if !staleSeen {
		t.Errorf("after editing the profiled function, no diagnostic says stale: %+v", diags)
	}
	hov = protocol.Hover{}
	c.mustCall("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(4, 6)}, &hov)
	if !strings.Contains(hov.Contents.Value, "Stale") {
		t.Errorf("hover after the edit does not say stale:\n%s", hov.Contents.Value)
	}
	actions = nil
	c.mustCall("textDocument/codeAction", map[string]any{"textDocument": docID(uri), "range": rng(5, 0, 7, 0), "context": map[string]any{"diagnostics": []any{}}}, &actions)
	for _, a := range actions {
		if a.Kind == protocol.QuickFix && (a.Edit != nil || a.Disabled == nil) {
			t.Errorf("a stale hint still offers its fix: %+v", a)
		}
	}

	// Insert a line at the top: describe's results move down by one.
	m = c.mark()
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"range": rng(0, 0, 0, 0), "text": "# moved\n"}}})
	c.diagnosticsFor(m, uri, nil)
	hov = protocol.Hover{}
	c.mustCall("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(13, 6)}, &hov)
	if !strings.Contains(hov.Contents.Value, "describe") || strings.Contains(hov.Contents.Value, "Stale") {
		t.Errorf("hover on describe after a line was inserted above:\n%s", hov.Contents.Value)
	}

	// Export the pprof profile.
	out := filepath.Join(t.TempDir(), "energy.pb.gz")
	c.mustCall("workspace/executeCommand", map[string]any{"command": cmdExportProfile, "arguments": []any{map[string]string{"uri": uri, "path": out}}}, nil)
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		t.Errorf("exported profile: %v, %d bytes, want gzip", err, len(data))
	}

	// Clear it: back to static results, and no export.
	c.mustCall("workspace/executeCommand", map[string]any{"command": cmdClearProfile, "arguments": []any{map[string]string{"uri": uri}}}, nil)
	if _, err := c.call("workspace/executeCommand", map[string]any{"command": cmdExportProfile, "arguments": []any{map[string]string{"uri": uri, "path": out}}}); err == nil {
		t.Errorf("export after clear succeeded")
	}
	c.shutdown()
}

// waitFor polls cond until it holds or fails the test.
func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	for i := 0; i < 2000; i++ {
		if cond() {
			return
		}
		sleepBriefly()
	}
	t.Fatalf("timed out waiting for %s", what)
}
