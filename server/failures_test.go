package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// profileOf runs jitlens.profile on a testdata script and returns the
// summary, or the error response.
func (c *testClient) profileOf(uri string) (runSummary, *rpcError) {
	c.t.Helper()
	res, err := c.call("workspace/executeCommand", map[string]any{"command": cmdProfile, "arguments": []any{map[string]string{"uri": uri}}})
	var sum runSummary
	if err == nil {
		json.Unmarshal(res, &sum)
	}
	return sum, err
}

// A script that crashes the profiler, one that raises, one that never
// ends, one that floods its output and one that exhausts memory: each
// ends with a status and a message, and the server keeps serving.
func TestRunFailures(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped under -race: a race-enabled profiler cannot start under the memory limit; run without -race")
	}
	c := startServer(t, Options{})
	c.settings = map[string]any{"timeLimitSeconds": 1.5, "memoryLimitMB": 1024}
	c.initialize()
	tests := []struct {
		script, status, message string
	}{
		{"crash.py", statusFailed, "the engine broke down"},
		{"raises.py", statusException, "ZeroDivisionError"},
		{"endless.py", statusTimeout, "time limit"},
		{"flood.py", statusTimeout, "time limit"},
		{"hog.py", statusMemory, "out of memory"},
	}
	parent := c.t
	for _, tt := range tests {
		t.Run(tt.script, func(t *testing.T) {
			path, text := copyScript(t, tt.script)
			uri := c.open(path, text)
			m := c.mark()
			sum, err := c.profileOf(uri)
			if err != nil {
				t.Fatalf("profile: error response %v", err)
			}
			if sum.Status != tt.status || !strings.Contains(sum.Message, tt.message) {
				t.Errorf("summary = %+v, want status %s with %q", sum, tt.status, tt.message)
			}
			c.t = t
			defer func() { c.t = parent }()
			c.waitNote(m, "window/showMessage", func(raw json.RawMessage) bool { return strings.Contains(string(raw), tt.message) })
			// Still serving.
			if _, err := c.call("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(0, 0)}); err != nil {
				t.Errorf("hover after the run: %v", err)
			}
		})
	}
	c.shutdown()
}

// A long profile is cancelled by $/cancelRequest (the request gets the
// RequestCancelled error) and by the progress's cancel button (the
// summary says cancelled).
func TestCancelProfile(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	path, text := copyScript(t, "endless.py")
	uri := c.open(path, text)
	begun := func(m int) string {
		raw := c.waitNote(m, methodProgress, func(raw json.RawMessage) bool { return strings.Contains(string(raw), `"begin"`) })
		var p progressCreateParams
		json.Unmarshal(raw, &p)
		return string(p.Token)
	}

	m := c.mark()
	id, ch := c.start("workspace/executeCommand", map[string]any{"command": cmdProfile, "arguments": []any{map[string]string{"uri": uri}}})
	begun(m)
	c.notify(methodCancelRequest, map[string]any{"id": id})
	if _, err := c.wait("executeCommand", ch); err == nil || err.Code != int(codeCancelled) {
		t.Errorf("cancelled request answered %v, want error %d", err, codeCancelled)
	}

	m = c.mark()
	_, ch = c.start("workspace/executeCommand", map[string]any{"command": cmdProfile, "arguments": []any{map[string]string{"uri": uri}}})
	token := begun(m)
	c.notify(methodProgressCancel, map[string]any{"token": json.RawMessage(token)})
	res, err := c.wait("executeCommand", ch)
	var sum runSummary
	json.Unmarshal(res, &sum)
	if err != nil || sum.Status != statusCancelled {
		t.Errorf("progress-cancelled run: %+v, %v; want status cancelled", sum, err)
	}
	c.shutdown()
}
