package server

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

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
	path    string

	// base leads to an earlier snapshot of the document whose tree the
	// parse may reuse (syntax.Reparse): before the parse, the previous
	// version; after it, none when this version parsed without errors
	// (it is a base itself), else the one its parse used. A document so
	// keeps at most one older text and tree alive.
	base      atomic.Pointer[snapshot]
	parseOnce sync.Once
	parseDone atomic.Bool // tree and errs are set
	tree      *syntax.Module
	errs      syntax.ErrorList

	once   sync.Once
	parsed *parsed

	// Who may still read the tree, so that the next version's parse may
	// take it over and move its statements in place instead of copying
	// them (syntax.ReparseOwned). Guarded by own.
	own sync.Mutex
	// pins counts the views (requests, publications, profile runs) that
	// hold this version. Whatever reads a version's tree or analysis once
	// a later version exists holds a pin: views do. A view pins the
	// document's current version only (viewOf, under the server's lock),
	// and a version is no longer current once a later one exists: when a
	// later version's parse finds no pins, none can come, and no one reads
	// this version's tree or analysis again.
	pins int
	// taken: a later version's parse took the tree over; it is no longer
	// this version's, and its analysis parses the text afresh.
	taken bool
	// shared: a later version's tree shares statements with this one's
	// while this one's is still in use; it can no longer be taken over.
	shared bool
	// owned[i]: tree.Body[i] belongs to this version alone (from
	// ReparseOwned, set with the tree).
	owned []bool
}

// pin records a reader of the snapshot (a view); unpin ends it.
func (s *snapshot) pin() {
	s.own.Lock()
	s.pins++
	s.own.Unlock()
}

func (s *snapshot) unpin() {
	s.own.Lock()
	s.pins--
	s.own.Unlock()
}

// take decides how a later version's parse may use this version's tree:
// owned is non-nil when it may take the tree over (no pin, no other
// version sharing it), and ok is false when the tree is gone
// (taken by another version) and the text must be parsed whole. A take
// that leaves the tree in place must be followed by giveBack.
func (s *snapshot) take() (owned []bool, ok bool) {
	s.own.Lock()
	defer s.own.Unlock()
	if s.taken {
		return nil, false
	}
	if s.pins > 0 || s.shared || s.owned == nil {
		s.shared = true // the later tree shares statements with this one
		return nil, true
	}
	s.taken = true
	return s.owned, true
}

// giveBack ends a take whose parse did not consume the tree: the tree is
// this version's again, but shares statements with the later one's.
func (s *snapshot) giveBack() {
	s.own.Lock()
	s.taken = false
	s.shared = true
	s.own.Unlock()
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

// next returns the snapshot of the document's next version, whose parse
// may reuse this one's tree.
func (s *snapshot) next(version int32, text string, lines *syntax.LineIndex) *snapshot {
	n := &snapshot{version: version, text: text, lines: lines, path: s.path}
	n.base.Store(s)
	return n
}

// parse parses the snapshot (once). Syntax diagnostics need only this;
// after an edit it reparses just the statements around the edit when the
// nearest parsed earlier version allows (syntax.ReparseOwned decides, and
// gives exactly what a full parse would), taking that version's tree over
// when no one else can read it any more.
//
// The tree is the caller's to read only until a later version parses,
// unless the caller holds a pin (a view) on this version: analysis gives
// a tree that stays.
func (s *snapshot) parse() (*syntax.Module, syntax.ErrorList) {
	s.parseOnce.Do(func() {
		// The nearest earlier version that parsed without errors (the
		// only kind Reparse reuses): versions typed in between were never
		// needed, and while the text has errors the diff from the last
		// good version still covers only the statements being edited.
		b := s.base.Load()
		for b != nil && !(b.parseDone.Load() && len(b.errs) == 0) {
			b = b.base.Load()
		}
		var own []bool
		if b != nil {
			owned, ok := b.take()
			if ok {
				var consumed bool
				s.tree, s.errs, own, consumed = syntax.ReparseOwned(s.path, b.tree, b.errs, b.text, s.text, owned)
				if owned != nil && !consumed {
					b.giveBack()
				}
			} else {
				b = nil // taken over by another version: parse whole
			}
		}
		if b == nil {
			s.tree, s.errs = syntax.Parse(s.path, []byte(s.text))
			own = nil
			if s.tree != nil {
				own = make([]bool, len(s.tree.Body))
				for i := range own {
					own[i] = true
				}
			}
		}
		if s.tree == nil {
			s.tree, own = &syntax.Module{}, nil
		}
		s.own.Lock()
		s.owned = own
		s.own.Unlock()
		if len(s.errs) > 0 {
			s.base.Store(b)
		} else {
			s.base.Store(nil)
		}
		s.parseDone.Store(true)
	})
	return s.tree, s.errs
}

// analysis parses and analyzes the snapshot (once). Its facts point into
// the tree: read it under a pin (see pins).
func (s *snapshot) analysis() *parsed {
	s.once.Do(func() {
		mod, errs := s.parse()
		s.own.Lock()
		if s.taken {
			// A later version has the tree (this one was not pinned, as
			// in tests): parse the text again, a tree of the analysis's
			// own.
			mod, errs = syntax.Parse(s.path, []byte(s.text))
			if mod == nil {
				mod = &syntax.Module{}
			}
		}
		s.own.Unlock()
		s.parsed = analyze(s.path, s.text, mod, errs)
	})
	return s.parsed
}

// analyze analyzes a parsed text and gives its static hints. A panic in
// a stage leaves that stage's result empty rather than taking the server
// down.
func analyze(path, text string, mod *syntax.Module, errs syntax.ErrorList) (p *parsed) {
	p = &parsed{mod: mod, errs: errs}
	defer func() {
		if r := recover(); r != nil {
			p.file = nil
			p.static = nil
		}
	}()
	p.file = analysis.Analyze(path, []byte(text), p.mod)
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
// Ranges are LSP positions (UTF-16) in the text as changed so far. x is
// text's line index (nil: built here); the index of the result is
// returned too, as the new snapshot needs it.
func applyChanges(text string, x *syntax.LineIndex, changes []contentChange) (string, *syntax.LineIndex, []lineEdit, error) {
	var edits []lineEdit
	for _, c := range changes {
		if c.Range == nil {
			edits = append(edits, lineEdit{whole: true})
			text = c.Text
			x = nil
			continue
		}
		if x == nil {
			x = syntax.NewLineIndex(text)
		}
		if c.Range.End.Line < c.Range.Start.Line || c.Range.End.Line == c.Range.Start.Line && c.Range.End.Character < c.Range.Start.Character {
			return "", nil, nil, fmt.Errorf("change range ends before it starts")
		}
		sl, sc := x.FromLSP(lspPos(c.Range.Start))
		el, ec := x.FromLSP(lspPos(c.Range.End))
		a, b := x.Offset(sl, sc), x.Offset(el, ec)
		if b < a {
			b = a
		}
		edits = append(edits, lineEdit{startLine: sl, endLine: el, added: strings.Count(c.Text, "\n") + strings.Count(c.Text, "\r") - strings.Count(c.Text, "\r\n")})
		text = text[:a] + c.Text + text[b:]
		x = nil
	}
	if x == nil {
		x = syntax.NewLineIndex(text)
	}
	return text, x, edits, nil
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
