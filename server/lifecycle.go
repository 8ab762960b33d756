package server

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

// Version is the server's version, shown to the client.
const Version = "0.1.0"

// The commands the server executes.
const (
	cmdProfile       = "jitlens.profile"
	cmdExportProfile = "jitlens.exportProfile"
	cmdClearProfile  = "jitlens.clearProfile"
)

// fixAllKind is the kind of the action that applies every safe fix.
const fixAllKind protocol.CodeActionKind = "source.fixAll.jitlens"

// exportKind is the kind of the "Export pprof profile" action.
const exportKind protocol.CodeActionKind = "source.exportProfile.jitlens"

func (s *Server) initialize(ctx context.Context, raw json.RawMessage) (any, error) {
	var p initializeParams
	if err := params(raw, &p); err != nil {
		return nil, err
	}
	settings, serr := mergeSettings(settingsSection(p.InitializationOptions))
	s.mu.Lock()
	s.caps = p.Capabilities
	s.settings = settings
	s.state = stateInitialized
	s.mu.Unlock()
	if serr != nil {
		s.logf("initializationOptions: %v (using the defaults)", serr)
	}
	caps := serverCapabilities{
		ServerCapabilities: protocol.ServerCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindIncremental,
				Save:      &protocol.SaveOptions{},
			},
			HoverProvider: true,
			CodeActionProvider: protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix, fixAllKind, exportKind},
			},
			CodeLensProvider:       &protocol.CodeLensOptions{},
			ExecuteCommandProvider: &protocol.ExecuteCommandOptions{Commands: []string{cmdProfile, cmdExportProfile, cmdClearProfile}},
		},
		InlayHintProvider: &InlayHintOptions{},
	}
	return initializeResult{Capabilities: caps, ServerInfo: &protocol.ServerInfo{Name: "jitlens", Version: Version}}, nil
}

// settingsSection returns the "jitlens" object of a settings object, or the
// object itself when it has no such key (initializationOptions may be
// either).
func settingsSection(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return raw
	}
	if sec, ok := m["jitlens"]; ok {
		return sec
	}
	return raw
}

func (s *Server) initialized() {
	s.logf("jitlens %s language server ready", Version)
	s.pullConfiguration()
}

// pullConfiguration asks the client for the "jitlens" settings, when it
// can answer workspace/configuration.
func (s *Server) pullConfiguration() {
	s.mu.Lock()
	can := s.caps.Workspace.Configuration
	s.mu.Unlock()
	if !can {
		return
	}
	s.goWork(func() {
		var got []json.RawMessage
		err := s.call(context.Background(), "workspace/configuration", map[string]any{
			"items": []map[string]string{{"section": "jitlens"}},
		}, &got)
		if err != nil {
			s.logf("workspace/configuration: %v", err)
			return
		}
		if len(got) == 0 {
			return
		}
		s.applySettings(got[0])
	})
}

// applySettings replaces the settings and refreshes what depends on them.
func (s *Server) applySettings(raw json.RawMessage) {
	settings, err := mergeSettings(raw)
	if err != nil {
		s.logf("settings: %v (using the defaults)", err)
	}
	s.mu.Lock()
	s.settings = settings
	uris := make([]string, 0, len(s.docs))
	for u := range s.docs {
		uris = append(uris, u)
	}
	s.mu.Unlock()
	for _, u := range uris {
		s.publishDiagnostics(u)
	}
	s.refreshViews()
}

func (s *Server) didChangeConfiguration(raw json.RawMessage) error {
	var p struct {
		Settings json.RawMessage `json:"settings"`
	}
	if err := params(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	pull := s.caps.Workspace.Configuration
	s.mu.Unlock()
	if pull {
		s.pullConfiguration()
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(p.Settings, &m) == nil {
		if sec, ok := m["jitlens"]; ok {
			s.applySettings(sec)
		}
	}
	return nil
}

func (s *Server) shutdown(ctx context.Context, raw json.RawMessage) (any, error) {
	s.mu.Lock()
	s.state = stateShutdown
	s.exitCode = 0
	for _, stop := range s.running {
		stop()
	}
	s.mu.Unlock()
	return nil, nil
}

// exit ends the connection; Serve then returns.
func (s *Server) exit() {
	s.conn.Close()
}

// refreshViews asks the client to fetch inlay hints and code lenses again,
// for the refreshes it supports.
func (s *Server) refreshViews() {
	s.mu.Lock()
	caps := s.caps
	s.mu.Unlock()
	if !caps.Workspace.InlayHint.RefreshSupport && !caps.Workspace.CodeLens.RefreshSupport {
		return
	}
	s.goWork(func() {
		if caps.Workspace.InlayHint.RefreshSupport {
			if err := s.call(context.Background(), methodInlayHintRefresh, nil, nil); err != nil {
				s.logf("%s: %v", methodInlayHintRefresh, err)
			}
		}
		if caps.Workspace.CodeLens.RefreshSupport {
			if err := s.call(context.Background(), methodCodeLensRefresh, nil, nil); err != nil {
				s.logf("%s: %v", methodCodeLensRefresh, err)
			}
		}
	})
}
