package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"go.lsp.dev/jsonrpc2"
)

// requestHandler answers a request with a result or an error.
type requestHandler func(ctx context.Context, params json.RawMessage) (any, error)

// asyncHandler answers a request later, from a goroutine: it must call
// reply exactly once.
type asyncHandler func(ctx context.Context, params json.RawMessage, reply func(any, error))

// notificationHandler handles a notification.
type notificationHandler func(ctx context.Context, params json.RawMessage) error

// handle is the jsonrpc2 handler: it switches on the method. It runs in
// the connection's read loop, so everything it does synchronously is quick;
// long work (profiling, requests to the client) goes to goroutines.
func (s *Server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("internal error handling %s: %v", req.Method(), r)
			if _, isCall := req.(*jsonrpc2.Call); isCall {
				err = reply(ctx, nil, jsonrpc2.Errorf(codeInternalError, "internal error: %v", r))
			} else {
				err = nil
			}
		}
	}()
	call, isCall := req.(*jsonrpc2.Call)
	if !isCall {
		s.handleNotification(ctx, req.Method(), req.Params())
		return nil
	}
	method := req.Method()
	if gate := s.gate(method); gate != nil {
		return reply(ctx, nil, gate)
	}
	if h, ok := s.asyncHandlers()[method]; ok {
		key := idKey(call.ID())
		rctx, cancel := context.WithCancel(s.life)
		s.mu.Lock()
		s.requests[key] = cancel
		s.mu.Unlock()
		s.goWork(func() {
			defer cancel()
			h(rctx, req.Params(), func(result any, err error) {
				s.mu.Lock()
				delete(s.requests, key)
				s.mu.Unlock()
				if rctx.Err() != nil && err == nil && result == nil {
					err = jsonrpc2.NewError(codeCancelled, "request cancelled")
				}
				if rerr := reply(context.Background(), result, wireError(err)); rerr != nil {
					s.logf("replying to %s: %v", method, rerr)
				}
			})
		})
		return nil
	}
	h, ok := s.requestHandlers()[method]
	if !ok {
		return reply(ctx, nil, jsonrpc2.Errorf(codeMethodNotFound, "method not found: %s", method))
	}
	result, herr := h(ctx, req.Params())
	return reply(ctx, result, wireError(herr))
}

// gate refuses requests the lifecycle does not allow yet or any more.
func (s *Server) gate(method string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case method == "initialize" && s.state != stateNew:
		return jsonrpc2.NewError(codeInvalidState, "the server is already initialized")
	case method != "initialize" && s.state == stateNew:
		return jsonrpc2.NewError(codeNotInitialized, "the server is not initialized yet")
	case s.state == stateShutdown && method != "shutdown":
		return jsonrpc2.NewError(codeInvalidState, "the server is shut down")
	}
	return nil
}

// paramsError is the error of parameters that do not decode.
type paramsError struct{ err error }

func (e paramsError) Error() string { return "invalid params: " + e.err.Error() }

// requestFailed is an error the user should read, for a request that was
// well formed.
type requestFailed struct{ msg string }

func (e requestFailed) Error() string { return e.msg }

func failf(format string, args ...any) error { return requestFailed{fmt.Sprintf(format, args...)} }

// wireError turns a handler's error into a JSON-RPC error with its code.
func wireError(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case *jsonrpc2.Error:
		return e
	case paramsError:
		return jsonrpc2.NewError(codeInvalidParams, e.Error())
	case requestFailed:
		return jsonrpc2.NewError(codeRequestFailed, e.Error())
	}
	return jsonrpc2.NewError(codeInternalError, err.Error())
}

// params decodes raw into v, or returns the invalid-params error.
func params(raw json.RawMessage, v any) error {
	if err := decodeParams(raw, v); err != nil {
		return paramsError{err}
	}
	return nil
}

func (s *Server) requestHandlers() map[string]requestHandler {
	return map[string]requestHandler{
		"initialize":              s.initialize,
		"shutdown":                s.shutdown,
		"textDocument/hover":      s.hover,
		methodInlayHint:           s.inlayHints,
		"textDocument/codeLens":   s.codeLenses,
		"textDocument/codeAction": s.codeActions,
	}
}

func (s *Server) asyncHandlers() map[string]asyncHandler {
	return map[string]asyncHandler{
		"workspace/executeCommand": s.executeCommand,
	}
}

// handleNotification handles a notification; errors are logged, as a
// notification has no answer. Unknown ones are ignored ($/ ones silently).
func (s *Server) handleNotification(ctx context.Context, method string, raw json.RawMessage) {
	var err error
	switch method {
	case "initialized":
		s.initialized()
	case "exit":
		s.exit()
	case methodCancelRequest:
		var p cancelParams
		if err = params(raw, &p); err == nil {
			s.cancelRequest(rawIDKey(p.ID))
		}
	case methodProgressCancel:
		var p progressCreateParams
		if err = params(raw, &p); err == nil {
			s.cancelProgress(string(p.Token))
		}
	case "textDocument/didOpen":
		err = s.didOpen(raw)
	case "textDocument/didChange":
		err = s.didChange(raw)
	case "textDocument/didClose":
		err = s.didClose(raw)
	case "textDocument/didSave":
		err = s.didSave(raw)
	case "workspace/didChangeConfiguration":
		err = s.didChangeConfiguration(raw)
	default:
		if !strings.HasPrefix(method, "$/") {
			s.logf("ignoring unknown notification %s", method)
		}
	}
	if err != nil {
		s.logf("%s: %v", method, err)
	}
}

func (s *Server) cancelRequest(key string) {
	s.mu.Lock()
	cancel := s.requests[key]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (s *Server) cancelProgress(token string) {
	s.mu.Lock()
	cancel := s.progress[token]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}
