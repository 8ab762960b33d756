package server

import (
	"encoding/json"
	"fmt"
	"time"

	"go.lsp.dev/protocol"
)

func (s *Server) didOpen(raw json.RawMessage) error {
	var p protocol.DidOpenTextDocumentParams
	if err := params(raw, &p); err != nil {
		return err
	}
	uri := string(p.TextDocument.URI)
	if uri == "" {
		return fmt.Errorf("didOpen without a URI")
	}
	path, _ := uriToPath(uri)
	doc := &document{uri: uri, path: path, snap: newSnapshot(path, p.TextDocument.Version, p.TextDocument.Text)}
	s.mu.Lock()
	s.docs[uri] = doc
	delete(s.results, uri) // a reopened file starts afresh
	s.mu.Unlock()
	s.goWork(func() { s.publishDiagnostics(uri) })
	return nil
}

func (s *Server) didChange(raw json.RawMessage) error {
	var p didChangeParams
	if err := params(raw, &p); err != nil {
		return err
	}
	uri := string(p.TextDocument.URI)
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[uri]
	if doc == nil {
		return fmt.Errorf("didChange for a document that is not open: %s", uri)
	}
	text, lines, edits, err := applyChanges(doc.snap.text, doc.snap.lines, p.ContentChanges)
	if err != nil {
		return err
	}
	doc.snap = doc.snap.next(p.TextDocument.Version, text, lines)
	if res := s.results[uri]; res != nil {
		for _, e := range edits {
			res.shift(e)
		}
	}
	s.scheduleDiagnostics(uri)
	return nil
}

// scheduleDiagnostics publishes a document's diagnostics after the
// debounce delay, once edits pause. s.mu must be held.
func (s *Server) scheduleDiagnostics(uri string) {
	s.stopTimerLocked(uri)
	s.work.Add(1)
	var t *time.Timer
	t = time.AfterFunc(s.opts.Debounce, func() {
		defer s.work.Done()
		s.mu.Lock()
		current := s.timers[uri] == t
		if current {
			delete(s.timers, uri)
		}
		s.mu.Unlock()
		if current {
			s.publishDiagnostics(uri)
		}
	})
	s.timers[uri] = t
}

func (s *Server) didClose(raw json.RawMessage) error {
	var p protocol.DidCloseTextDocumentParams
	if err := params(raw, &p); err != nil {
		return err
	}
	uri := string(p.TextDocument.URI)
	s.mu.Lock()
	delete(s.docs, uri)
	delete(s.results, uri)
	s.stopTimerLocked(uri)
	if stop := s.running[uri]; stop != nil {
		stop()
	}
	shown := s.published[uri]
	delete(s.published, uri)
	s.mu.Unlock()
	if shown {
		s.notify("textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{URI: protocol.DocumentURI(uri), Diagnostics: []protocol.Diagnostic{}})
	}
	return nil
}

func (s *Server) didSave(raw json.RawMessage) error {
	var p protocol.DidSaveTextDocumentParams
	if err := params(raw, &p); err != nil {
		return err
	}
	uri := string(p.TextDocument.URI)
	s.mu.Lock()
	on := s.settings.ProfileOnSave
	_, open := s.docs[uri]
	_, busy := s.running[uri]
	s.mu.Unlock()
	if !on || !open || busy {
		return nil
	}
	s.goWork(func() {
		sum, err := s.profileDocument(s.life, uri, nil)
		if err != nil {
			s.showMessage(1, "jitlens: %v", err)
			return
		}
		s.afterProfile(uri, sum)
	})
	return nil
}

// stopTimerLocked stops a document's pending diagnostics, if any. s.mu
// must be held.
func (s *Server) stopTimerLocked(uri string) {
	if t := s.timers[uri]; t != nil {
		if t.Stop() {
			s.work.Done() // its function will not run
		}
		delete(s.timers, uri)
	}
}
