// Package server is jitlens's language server: it speaks the Language
// Server Protocol (over stdio or a loopback TCP connection) so that any LSP
// editor shows jitlens's hints on the lines themselves. Syntax errors and
// static hints appear as a file opens or changes; the command
// jitlens.profile runs the file under the jitlens profiler in a child
// process and turns its run report into diagnostics, inlay hints, hovers,
// code lenses and code actions that follow the code as it is edited.
package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
)

// Options configure a Server.
type Options struct {
	// Profiler is the jitlens binary that profiles scripts (its `profile`
	// subcommand); empty means the running executable. The client's
	// serverPath setting overrides it.
	Profiler string
	// ProfilerEnv is added to the profiler's environment (KEY=VALUE).
	ProfilerEnv []string
	// Log receives the server's log lines (besides window/logMessage);
	// nil means os.Stderr.
	Log io.Writer
	// Debounce is the delay before diagnostics follow a change; zero means
	// the default of 50ms.
	Debounce time.Duration
}

// Server is a language server for one client connection.
type Server struct {
	opts Options
	conn jsonrpc2.Conn
	// life is cancelled when the connection ends: what waits on the
	// client (its answers, profile runs) stops then.
	life context.Context

	mu          sync.Mutex
	state       lifecycle
	caps        clientCaps
	settings    Settings
	docs        map[string]*document
	results     map[string]*results
	running     map[string]context.CancelFunc // profile runs by document URI
	requests    map[string]context.CancelFunc // cancellable requests by id
	progress    map[string]context.CancelFunc // work done progress tokens
	timers      map[string]*time.Timer        // debounced diagnostics by URI
	published   map[string]bool               // URIs with diagnostics shown
	exitCode    int
	tokenSerial int
	pubMu       sync.Mutex // serializes publishDiagnostics

	// work counts goroutines started for requests, so that Serve can wait.
	work sync.WaitGroup
}

type lifecycle int

const (
	stateNew lifecycle = iota
	stateInitialized
	stateShutdown
)

// New returns a server.
func New(opts Options) *Server {
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	if opts.Debounce == 0 {
		opts.Debounce = 50 * time.Millisecond
	}
	return &Server{
		opts:      opts,
		life:      context.Background(),
		settings:  defaultSettings(),
		docs:      map[string]*document{},
		results:   map[string]*results{},
		running:   map[string]context.CancelFunc{},
		requests:  map[string]context.CancelFunc{},
		progress:  map[string]context.CancelFunc{},
		timers:    map[string]*time.Timer{},
		published: map[string]bool{},
		exitCode:  1,
	}
}

// Serve runs the protocol over rwc until the client sends exit or closes
// the connection. It returns the exit status LSP prescribes: 0 when
// shutdown came before exit, 1 otherwise.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.life = ctx
	stream := newTolerantStream(rwc)
	stream.onBadMessage = func(err error) { s.logf("rejected a message: %v", err) }
	s.conn = jsonrpc2.NewConn(stream)
	s.conn.Go(ctx, s.handle)
	select {
	case <-s.conn.Done():
	case <-ctx.Done():
		s.conn.Close()
		<-s.conn.Done()
	}
	cancel()
	s.mu.Lock()
	for _, stop := range s.running {
		stop()
	}
	for uri := range s.timers {
		s.stopTimerLocked(uri)
	}
	code := s.exitCode
	s.mu.Unlock()
	s.work.Wait()
	return code
}

// logf writes a log line to the log and, once connected, to the client.
func (s *Server) logf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintf(s.opts.Log, "jitlens serve: %s\n", msg)
	if s.conn != nil {
		s.notify("window/logMessage", map[string]any{"type": 4, "message": msg})
	}
}

// showMessage shows a message to the user (type 1 error, 2 warning, 3 info).
func (s *Server) showMessage(typ int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintf(s.opts.Log, "jitlens serve: %s\n", msg)
	s.notify("window/showMessage", map[string]any{"type": typ, "message": msg})
}

// notify sends a notification, without waiting.
func (s *Server) notify(method string, params any) {
	if err := s.conn.Notify(context.Background(), method, params); err != nil {
		fmt.Fprintf(s.opts.Log, "jitlens serve: sending %s: %v\n", method, err)
	}
}

// call sends a request to the client and waits for its answer; it must
// not be called from the read loop (the answer arrives through it).
func (s *Server) call(ctx context.Context, method string, params, result any) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	stop := context.AfterFunc(s.life, cancel)
	defer stop()
	_, err := s.conn.Call(ctx, method, params, result)
	return err
}

// goWork runs f in a goroutine that Serve waits for.
func (s *Server) goWork(f func()) {
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer func() {
			if r := recover(); r != nil {
				s.logf("internal error: %v", r)
			}
		}()
		f()
	}()
}

// decodeParams decodes a request's parameters strictly enough to tell a
// wrong type from a missing field.
func decodeParams(raw json.RawMessage, v any) error {
	if len(raw) == 0 || string(raw) == "null" {
		return fmt.Errorf("missing params")
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return err
	}
	return nil
}

// idKey is a request id as a map key.
func idKey(id jsonrpc2.ID) string { return fmt.Sprintf("%q", id) }

// rawIDKey is the key of a raw JSON id (from $/cancelRequest).
func rawIDKey(raw json.RawMessage) string {
	var id jsonrpc2.ID
	if err := json.Unmarshal(raw, &id); err != nil {
		return ""
	}
	return idKey(id)
}
