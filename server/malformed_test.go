package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Malformed input gets an error response and the server carries on: after
// each case, a well-formed request is still answered.
func TestMalformedInput(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	path, text := copyScript(t, "energy.py")
	uri := c.open(path, text)
	tests := []struct {
		name string
		raw  string
		code int
		id   string // the id of the error response
	}{
		{"bad JSON", `{"jsonrpc":"2.0","id":1,"method":`, int(codeParseError), "null"},
		{"not an object", `[1,2,3]`, int(codeInvalidRequest), "null"},
		{"method of the wrong type", `{"jsonrpc":"2.0","id":77,"method":5}`, int(codeInvalidRequest), "77"},
		{"params of the wrong type", `{"jsonrpc":"2.0","id":78,"method":"textDocument/hover","params":{"textDocument":{"uri":"` + uri + `"},"position":{"line":"x"}}}`, int(codeInvalidParams), "78"},
		{"params not an object", `{"jsonrpc":"2.0","id":79,"method":"textDocument/hover","params":7}`, int(codeInvalidParams), "79"},
		{"unknown method", `{"jsonrpc":"2.0","id":80,"method":"textDocument/teleport","params":{}}`, int(codeMethodNotFound), "80"},
		{"unopened document", `{"jsonrpc":"2.0","id":81,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.py"},"position":{"line":0,"character":0}}}`, int(codeRequestFailed), "81"},
		{"id of the wrong type", `{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}`, int(codeInvalidRequest), "null"},
		{"unknown command", `{"jsonrpc":"2.0","id":82,"method":"workspace/executeCommand","params":{"command":"rm -rf"}}`, int(codeInvalidParams), "82"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.mu.Lock()
			before := len(c.orphans)
			c.mu.Unlock()
			var got *wireMsg
			if tt.id == "null" {
				c.sendRaw([]byte(tt.raw))
				got = c.waitOrphan(t, before)
			} else {
				ch := make(chan *wireMsg, 1)
				c.mu.Lock()
				c.pending[tt.id] = ch
				c.mu.Unlock()
				c.sendRaw([]byte(tt.raw))
				select {
				case got = <-ch:
				case <-time.After(20 * time.Second):
					t.Fatal("no response")
				}
			}
			if got.Error == nil || got.Error.Code != tt.code {
				t.Errorf("response = %+v, want error %d", got, tt.code)
			}
			var hov json.RawMessage
			if _, err := c.call("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(4, 6)}); err != nil {
				t.Errorf("the next request failed: %v (%s)", err, hov)
			}
		})
	}
	// Unknown notifications and broken frames are survived too.
	c.notify("$/somethingNew", map[string]any{})
	c.notify("workspace/somethingNew", map[string]any{})
	c.writeM.Lock()
	fmt.Fprintf(c.w, "Content-Length: nope\r\n\r\n")
	fmt.Fprintf(c.w, "X-Header-Without-Length: 1\r\n\r\n")
	c.writeM.Unlock()
	if _, err := c.call("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(4, 6)}); err != nil {
		t.Errorf("after broken frames: %v", err)
	}
	c.shutdown()
}

// waitOrphan waits for a response with a null id after the first n.
func (c *testClient) waitOrphan(t *testing.T, n int) *wireMsg {
	t.Helper()
	for i := 0; i < 2000; i++ {
		c.mu.Lock()
		if len(c.orphans) > n {
			m := c.orphans[n]
			c.mu.Unlock()
			return m
		}
		c.mu.Unlock()
		sleepBriefly()
	}
	t.Fatal("no error response")
	return nil
}

// Requests before initialize are refused, and initialize is answered once.
func TestLifecycleOrder(t *testing.T) {
	c := startServer(t, Options{})
	if _, err := c.call("textDocument/hover", map[string]any{}); err == nil || err.Code != int(codeNotInitialized) {
		t.Errorf("hover before initialize: %v, want %d", err, codeNotInitialized)
	}
	c.initialize()
	if _, err := c.call("initialize", map[string]any{"capabilities": map[string]any{}}); err == nil {
		t.Errorf("a second initialize succeeded")
	}
	c.shutdown()
}

// FuzzMessages feeds arbitrary message content to a server: whatever it
// is, the server answers a well-formed request afterwards.
func FuzzMessages(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.py"},"position":{"line":0,"character":0}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.py","version":1,"text":"def f(:\n"}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.py","version":2},"contentChanges":[{"range":{"start":{"line":9,"character":99},"end":{"line":0,"character":0}},"text":"x"}]}}`,
		`{"jsonrpc":"2.0","id":"s","method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///a.py"},"range":{"start":{"line":0,"character":0},"end":{"line":99,"character":0}}}}`,
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":null}`,
		`{"id":3}`, `null`, `{`, `"x"`, "\x00\xff",
	} {
		f.Add([]byte(seed))
	}
	c := startServer(f, Options{})
	c.initialize()
	f.Fuzz(func(t *testing.T, data []byte) {
		// Keep the probe's id out of the way of ids in the fuzz data.
		if bytes.Contains(data, []byte(`"shutdown"`)) || bytes.Contains(data, []byte(`"exit"`)) || strings.Contains(string(data), "jitlens.profile") {
			return
		}
		c.t = t
		c.sendRaw(data)
		if _, err := c.call("textDocument/codeLens", map[string]any{"textDocument": docID("file:///fuzz-probe.py")}); err == nil || err.Code != int(codeRequestFailed) {
			t.Fatalf("after %q the probe got %v, want the not-open error", data, err)
		}
	})
}
