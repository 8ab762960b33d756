package server

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/hints"

	"go.lsp.dev/protocol"
)

// document is an open text document: its current snapshot.
type document struct {
	uri  string
	path string // file system path, "" for a URI that is not a file
	snap *snapshot
}

// snapshot is one version of a document's text. It is immutable; its
// parse and analysis are computed once, on first use.
type snapshot struct {
	version int32
	text    string
	lines   *syntax.LineIndex

	once   sync.Once
	parsed *parsed
	path   string
}

// parsed is what the parser and the analysis make of a snapshot.
type parsed struct {
	mod    *syntax.Module
	errs   syntax.ErrorList
	file   *analysis.File
	static []hints.Hint
}

func newSnapshot(path string, version int32, text string) *snapshot {
	return &snapshot{version: version, text: text, lines: syntax.NewLineIndex(text), path: path}
}

// analysis parses and analyzes the snapshot (once).
func (s *snapshot) analysis() *parsed {
	s.once.Do(func() {
		s.parsed = parseText(s.path, s.text)
	})
	return s.parsed
}

// parseText parses, analyzes and gives the static hints of a text. A
// panic in a stage leaves that stage's result empty rather than taking
// the server down.
func parseText(path, text string) (p *parsed) {
	p = &parsed{}
	defer func() {
		if r := recover(); r != nil {
			p.file = nil
			p.static = nil
		}
	}()
	src := []byte(text)
	p.mod, p.errs = syntax.Parse(path, src)
	if p.mod == nil {
		p.mod = &syntax.Module{}
	}
	p.file = analysis.Analyze(path, src, p.mod)
	p.static = hints.Advise(hints.Input{File: p.file, Path: path})
	return p
}

// uriToPath returns the file system path of a file: URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("invalid URI %q: %v", uri, err)
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("not a file URI: %q", uri)
	}
	p := u.Path
	if p == "" {
		return "", fmt.Errorf("file URI without a path: %q", uri)
	}
	return filepath.FromSlash(p), nil
}

// applyChanges applies didChange's content changes to a text, in order.
// Ranges are LSP positions (UTF-16) in the text as changed so far.
func applyChanges(text string, changes []contentChange) (string, []lineEdit, error) {
	var edits []lineEdit
	for _, c := range changes {
		if c.Range == nil {
			edits = append(edits, lineEdit{whole: true})
			text = c.Text
			continue
		}
		x := syntax.NewLineIndex(text)
		if c.Range.End.Line < c.Range.Start.Line || c.Range.End.Line == c.Range.Start.Line && c.Range.End.Character < c.Range.Start.Character {
			return "", nil, fmt.Errorf("change range ends before it starts")
		}
		sl, sc := x.FromLSP(lspPos(c.Range.Start))
		el, ec := x.FromLSP(lspPos(c.Range.End))
		a, b := x.Offset(sl, sc), x.Offset(el, ec)
		if b < a {
			b = a
		}
		edits = append(edits, lineEdit{startLine: sl, endLine: el, added: strings.Count(c.Text, "\n") + strings.Count(c.Text, "\r") - strings.Count(c.Text, "\r\n")})
		text = text[:a] + c.Text + text[b:]
	}
	return text, edits, nil
}

// lineEdit is how an edit moved lines: the 1-based lines startLine..endLine
// were replaced by text holding added line breaks. whole means the text
// was replaced entirely.
type lineEdit struct {
	whole              bool
	startLine, endLine int
	added              int
}

// delta is how many lines the edit added (negative: removed).
func (e lineEdit) delta() int { return e.added - (e.endLine - e.startLine) }

func lspPos(p protocol.Position) syntax.LSPPosition {
	return syntax.LSPPosition{Line: int(p.Line), Character: int(p.Character)}
}

func toProtoPos(p syntax.LSPPosition) protocol.Position {
	return protocol.Position{Line: uint32(p.Line), Character: uint32(p.Character)}
}

// protoRange converts a range in the syntax convention to an LSP range.
func protoRange(x *syntax.LineIndex, r hints.Range) protocol.Range {
	return protocol.Range{
		Start: toProtoPos(x.ToLSP(r.Start.Line, r.Start.Col)),
		End:   toProtoPos(x.ToLSP(r.End.Line, r.End.Col)),
	}
}
