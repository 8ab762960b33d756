package server

import (
	"go.lsp.dev/protocol"

	"jitlens/analysis/syntax"
	"jitlens/hints"
)

// staleNote is appended to what is shown for code edited since its profile.
const staleNote = " (stale: the code changed since it was profiled)"

// publishDiagnostics sends a document's diagnostics: its syntax errors,
// and the hints of its last profile or else its static hints.
func (s *Server) publishDiagnostics(uri string) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	v, err := s.viewOf(uri)
	if err != nil {
		return // closed meanwhile
	}
	defer v.release()
	diags := v.diagnostics()
	s.mu.Lock()
	if d := s.docs[uri]; d == nil {
		s.mu.Unlock()
		return
	}
	s.published[uri] = true
	s.mu.Unlock()
	s.notify("textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{
		URI: protocol.DocumentURI(uri), Version: uint32(v.snap.version), Diagnostics: diags,
	})
}

// diagnostics computes a view's diagnostics.
func (v *view) diagnostics() []protocol.Diagnostic {
	_, errs := v.snap.parse() // the analysis only if static hints are shown
	diags := []protocol.Diagnostic{}
	for _, e := range errs {
		diags = append(diags, syntaxDiagnostic(v.snap.lines, e))
	}
	for _, h := range v.hints() {
		diags = append(diags, v.hintDiagnostic(h))
	}
	return diags
}

// hintDiagnostic is the diagnostic of a hint: severity from its measured
// weight, code the hint's kind, related information at each blocker.
func (v *view) hintDiagnostic(h shownHint) protocol.Diagnostic {
	x := v.snap.lines
	d := protocol.Diagnostic{
		Range:    protoRange(x, h.Range),
		Severity: severityOf(h.Severity),
		Code:     string(h.Kind),
		Source:   "jitlens",
		Message:  h.Message,
	}
	if h.stale {
		d.Message += staleNote
		d.Severity = protocol.DiagnosticSeverityHint
	}
	for _, r := range h.Related {
		d.RelatedInformation = append(d.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: protocol.DocumentURI(v.uri), Range: protoRange(x, r.Range)},
			Message:  r.Message,
		})
	}
	return d
}

// syntaxDiagnostic turns a syntax error into an error diagnostic. An empty
// span is widened to the character it points at, so that it shows.
func syntaxDiagnostic(x *syntax.LineIndex, e *syntax.SyntaxError) protocol.Diagnostic {
	r := x.RangeToLSP(e.Pos)
	if e.Pos.EndLineno < e.Pos.Lineno || e.Pos.EndLineno == e.Pos.Lineno && e.Pos.EndColOffset <= e.Pos.ColOffset {
		r.End = x.ToLSP(e.Pos.Lineno, e.Pos.ColOffset+1)
	}
	msg := e.Msg
	if e.Kind != "" && e.Kind != "SyntaxError" {
		msg = e.Kind + ": " + msg
	}
	return protocol.Diagnostic{
		Range:    protocol.Range{Start: toProtoPos(r.Start), End: toProtoPos(r.End)},
		Severity: protocol.DiagnosticSeverityError,
		Code:     e.Kind,
		Source:   "jitlens",
		Message:  msg,
	}
}

// severityOf maps a hint's severity onto LSP's.
func severityOf(s hints.Severity) protocol.DiagnosticSeverity {
	switch s {
	case hints.Warning:
		return protocol.DiagnosticSeverityWarning
	case hints.Information:
		return protocol.DiagnosticSeverityInformation
	}
	return protocol.DiagnosticSeverityHint
}
