package server

import (
	"context"
	"encoding/json"
	"fmt"
)

// progress reports a long piece of work to the client with $/progress,
// when the client supports it; otherwise its methods do nothing.
type progress struct {
	s     *Server
	token json.RawMessage
}

// startProgress creates a progress token (or uses the client's) and sends
// begin. Cancelling it from the client (window/workDoneProgress/cancel)
// calls cancel.
func (s *Server) startProgress(ctx context.Context, cancel context.CancelFunc, clientToken json.RawMessage, title string) *progress {
	s.mu.Lock()
	supported := s.caps.Window.WorkDoneProgress
	s.tokenSerial++
	serial := s.tokenSerial
	s.mu.Unlock()
	if !supported {
		return &progress{}
	}
	token := clientToken
	if len(token) == 0 || string(token) == "null" {
		token = json.RawMessage(fmt.Sprintf("%q", fmt.Sprintf("jitlens-profile-%d", serial)))
		if err := s.call(ctx, methodProgressCreate, progressCreateParams{Token: token}, nil); err != nil {
			s.logf("%s: %v", methodProgressCreate, err)
			return &progress{}
		}
	}
	s.mu.Lock()
	s.progress[string(token)] = cancel
	s.mu.Unlock()
	p := &progress{s: s, token: token}
	s.notify(methodProgress, progressParams{Token: token, Value: map[string]any{
		"kind": "begin", "title": title, "cancellable": true, "message": "starting", "percentage": 0,
	}})
	return p
}

func (p *progress) report(msg string, pct uint32) {
	if p.s == nil {
		return
	}
	p.s.notify(methodProgress, progressParams{Token: p.token, Value: map[string]any{
		"kind": "report", "message": msg, "percentage": pct,
	}})
}

func (p *progress) end(msg string) {
	if p.s == nil {
		return
	}
	p.s.mu.Lock()
	delete(p.s.progress, string(p.token))
	p.s.mu.Unlock()
	p.s.notify(methodProgress, progressParams{Token: p.token, Value: map[string]any{"kind": "end", "message": msg}})
	p.s = nil
}
