package server

import (
	"slices"

	"jitlens/hints"
)

// view is a consistent copy of what the server knows about a document at
// one moment: its text, its profile results in that text's coordinates,
// and the settings. Requests work on a view, outside the server's lock.
type view struct {
	uri      string
	path     string
	snap     *snapshot
	settings Settings
	caps     clientCaps
	prof     *profileView // nil when the document has not been profiled
}

// release ends the view's hold on its version (a view that is done with
// must be released; one that is not only keeps a later version's parse
// from taking its tree over).
func (v *view) release() { v.snap.unpin() }

// profileView is a copy of a document's profile results.
type profileView struct {
	summary  runSummary
	hasPprof bool
	funcs    []funcResult
	lines    []lineResult // stale includes the enclosing function's staleness
	hints    []shownHint
}

// shownHint is a hint as shown now: in current coordinates, stale or not.
type shownHint struct {
	hints.Hint
	stale bool
}

// viewOf returns the view of an open document, or an error for a request
// about a document that was never opened.
func (s *Server) viewOf(uri string) (*view, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[uri]
	if doc == nil {
		return nil, failf("document not open: %s (send textDocument/didOpen first)", uri)
	}
	v := &view{uri: uri, path: doc.path, snap: doc.snap, settings: s.settings, caps: s.caps}
	// Pinned under s.mu, while it is the current version: see snapshot.pins.
	v.snap.pin()
	if res := s.results[uri]; res != nil {
		pv := &profileView{summary: res.summary, hasPprof: len(res.pprof) > 0}
		for _, f := range res.funcs {
			c := *f
			c.failed = slices.Clone(f.failed)
			pv.funcs = append(pv.funcs, c)
		}
		for _, l := range res.lines {
			c := *l
			c.stale = l.stale || l.fn != nil && l.fn.stale
			c.fn = nil
			pv.lines = append(pv.lines, c)
		}
		for _, h := range res.hints {
			pv.hints = append(pv.hints, shownHint{Hint: h.Hint, stale: h.isStale()})
		}
		v.prof = pv
	}
	return v, nil
}

// hints returns the hints shown for the view: the profile's if there is a
// profile, else the static ones; only the kinds the settings enable.
func (v *view) hints() []shownHint {
	var all []shownHint
	if v.prof != nil {
		all = v.prof.hints
	} else {
		for _, h := range v.snap.analysis().static {
			all = append(all, shownHint{Hint: h})
		}
	}
	var out []shownHint
	for _, h := range all {
		if v.settings.hintEnabled(h.Kind) {
			out = append(out, h)
		}
	}
	return out
}

// funcAt returns the profiled function whose definition holds the line
// (innermost), or nil.
func (p *profileView) funcAt(line int) *funcResult {
	var best *funcResult
	for i := range p.funcs {
		f := &p.funcs[i]
		if f.startLine <= line && line <= f.endLine && (best == nil || f.startLine >= best.startLine) {
			best = f
		}
	}
	return best
}

// funcByName returns the profiled function with the qualified name, or nil.
func (p *profileView) funcByName(name string) *funcResult {
	for i := range p.funcs {
		if p.funcs[i].qualName == name {
			return &p.funcs[i]
		}
	}
	return nil
}

// lineAt returns the sampled line, or nil.
func (p *profileView) lineAt(line int) *lineResult {
	for i := range p.lines {
		if p.lines[i].line == line {
			return &p.lines[i]
		}
	}
	return nil
}
