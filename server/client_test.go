package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// wireMsg is any JSON-RPC message as the test client sees it.
type wireMsg struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%d: %s", e.Code, e.Message) }

// testClient drives a server over pipes as an editor does: framed
// JSON-RPC both ways, answering the server's own requests.
type testClient struct {
	t      testing.TB
	w      io.WriteCloser
	writeM sync.Mutex

	mu       sync.Mutex
	nextID   int
	pending  map[string]chan *wireMsg
	notes    []*wireMsg // notifications, in arrival order
	requests []*wireMsg // requests from the server
	orphans  []*wireMsg // responses to no request of ours (id null)
	settings map[string]any

	done     chan int // the server's exit status
	readDone chan struct{}
}

// startServer starts a server in-process on pipes and returns its client.
func startServer(t testing.TB, opts Options) *testClient {
	t.Helper()
	cr, sw := io.Pipe() // server -> client
	sr, cw := io.Pipe() // client -> server
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Profiler == "" {
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		opts.Profiler = exe
		opts.ProfilerEnv = []string{fakeProfilerEnv + "=1"}
	}
	c := &testClient{t: t, w: cw, pending: map[string]chan *wireMsg{}, done: make(chan int, 1), readDone: make(chan struct{}),
		settings: map[string]any{"timeLimitSeconds": 20}}
	srv := New(opts)
	go func() {
		code := srv.Serve(context.Background(), pipeConn{sr, sw})
		sw.Close()
		c.done <- code
	}()
	go c.readLoop(bufio.NewReader(cr))
	t.Cleanup(func() {
		cw.Close()
		select {
		case <-c.done:
		case <-time.After(20 * time.Second):
			t.Errorf("server did not stop after its input closed")
		}
	})
	return c
}

// pipeConn joins the two pipe ends of the server.
type pipeConn struct {
	*io.PipeReader
	*io.PipeWriter
}

func (p pipeConn) Close() error {
	p.PipeReader.Close()
	return p.PipeWriter.Close()
}

func (c *testClient) readLoop(r *bufio.Reader) {
	defer close(c.readDone)
	for {
		data, err := readFrame(r)
		if err != nil {
			return
		}
		var m wireMsg
		if err := json.Unmarshal(data, &m); err != nil {
			c.t.Errorf("server sent invalid JSON: %q", data)
			return
		}
		switch {
		case m.Method != "" && len(m.ID) > 0:
			c.mu.Lock()
			c.requests = append(c.requests, &m)
			c.mu.Unlock()
			go c.answer(&m) // never block reading on our own writes
		case m.Method != "":
			c.mu.Lock()
			c.notes = append(c.notes, &m)
			c.mu.Unlock()
		default:
			c.mu.Lock()
			ch := c.pending[string(m.ID)]
			delete(c.pending, string(m.ID))
			if ch == nil {
				c.orphans = append(c.orphans, &m)
			}
			c.mu.Unlock()
			if ch != nil {
				ch <- &m
			}
		}
	}
}

// answer replies to the server's requests as a capable editor would.
func (c *testClient) answer(m *wireMsg) {
	var result any
	switch m.Method {
	case "workspace/configuration":
		c.mu.Lock()
		result = []any{c.settings}
		c.mu.Unlock()
	}
	c.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": result})
}

func readFrame(r *bufio.Reader) ([]byte, error) {
	n := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			n, _ = strconv.Atoi(v)
		}
	}
	if n < 0 {
		return nil, fmt.Errorf("no Content-Length")
	}
	data := make([]byte, n)
	_, err := io.ReadFull(r, data)
	return data, err
}

func (c *testClient) send(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendRaw(data)
}

// sendRaw sends a framed message whose content is data, verbatim.
func (c *testClient) sendRaw(data []byte) {
	c.writeM.Lock()
	defer c.writeM.Unlock()
	fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n", len(data))
	c.w.Write(data)
}

// start sends a request and returns the channel its response arrives on.
func (c *testClient) start(method string, params any) (json.RawMessage, chan *wireMsg) {
	c.mu.Lock()
	c.nextID++
	id := json.RawMessage(strconv.Itoa(c.nextID))
	ch := make(chan *wireMsg, 1)
	c.pending[string(id)] = ch
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return id, ch
}

// call sends a request and waits for its response.
func (c *testClient) call(method string, params any) (json.RawMessage, *rpcError) {
	c.t.Helper()
	_, ch := c.start(method, params)
	return c.wait(method, ch)
}

func (c *testClient) wait(method string, ch chan *wireMsg) (json.RawMessage, *rpcError) {
	c.t.Helper()
	select {
	case m := <-ch:
		return m.Result, m.Error
	case <-time.After(60 * time.Second):
		c.t.Fatalf("no response to %s", method)
	}
	return nil, nil
}

// mustCall is call that fails the test on an error response, and decodes
// the result into out (if not nil).
func (c *testClient) mustCall(method string, params, out any) {
	c.t.Helper()
	res, err := c.call(method, params)
	if err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	if out != nil {
		if err := json.Unmarshal(res, out); err != nil {
			c.t.Fatalf("%s: decoding %s: %v", method, res, err)
		}
	}
}

func (c *testClient) notify(method string, params any) {
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// mark returns the number of notifications received so far.
func (c *testClient) mark() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.notes)
}

// waitNote waits for a notification after mark that satisfies match.
func (c *testClient) waitNote(since int, method string, match func(json.RawMessage) bool) json.RawMessage {
	c.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		for _, n := range c.notes[since:] {
			if n.Method == method && (match == nil || match(n.Params)) {
				c.mu.Unlock()
				return n.Params
			}
		}
		c.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	c.t.Fatalf("no %s notification arrived", method)
	return nil
}

// notesOf returns the params of the notifications of a method after mark.
func (c *testClient) notesOf(since int, method string) []json.RawMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []json.RawMessage
	for _, n := range c.notes[since:] {
		if n.Method == method {
			out = append(out, n.Params)
		}
	}
	return out
}

// serverRequests returns the methods the server has called on the client.
func (c *testClient) serverRequests() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, r := range c.requests {
		out = append(out, r.Method)
	}
	return out
}

// initialize runs the handshake with a client that supports everything
// the server can use.
func (c *testClient) initialize() {
	c.t.Helper()
	c.mustCall("initialize", map[string]any{
		"processId": nil, "rootUri": nil,
		"capabilities": map[string]any{
			"workspace":    map[string]any{"configuration": true, "inlayHint": map[string]any{"refreshSupport": true}, "codeLens": map[string]any{"refreshSupport": true}},
			"window":       map[string]any{"workDoneProgress": true},
			"textDocument": map[string]any{"publishDiagnostics": map[string]any{"relatedInformation": true}},
		},
	}, nil)
	m := c.mark()
	c.notify("initialized", map[string]any{})
	c.waitNote(m, "window/logMessage", nil)
}

// shutdown ends the session properly and checks the exit status.
func (c *testClient) shutdown() {
	c.t.Helper()
	c.mustCall("shutdown", nil, nil)
	c.notify("exit", nil)
	select {
	case code := <-c.done:
		if code != 0 {
			c.t.Errorf("exit status after shutdown = %d, want 0", code)
		}
		c.done <- code
	case <-time.After(20 * time.Second):
		c.t.Fatal("server did not exit")
	}
}

// fileURI returns the file: URI of a path.
func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// copyScript copies a testdata script to a temporary directory.
func copyScript(t testing.TB, name string) (path, text string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "session", name))
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, string(src)
}

// open opens a document and returns its URI.
func (c *testClient) open(path, text string) string {
	uri := fileURI(path)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "python", "version": 1, "text": text}})
	return uri
}

func sleepBriefly() { time.Sleep(10 * time.Millisecond) }
