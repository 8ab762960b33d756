package server

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestNodeClient runs a session with Node's vscode-languageserver-protocol
// (testdata/nodeclient) against the server on stdio: the test binary in
// server mode, which runs Server.Serve exactly as `jitlens serve` does.
func TestNodeClient(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it installs and runs the Node client; run without -short")
	}
	node, err1 := exec.LookPath("node")
	npm, err2 := exec.LookPath("npm")
	if err1 != nil || err2 != nil {
		t.Skip("skipped: node and npm are not on PATH; install Node.js (with npm) to run the Node client test")
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "nodeclient"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "vscode-languageserver-protocol")); err != nil {
		cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("skipped: npm ci failed, so vscode-languageserver-protocol is missing (no registry access?); it runs once npm ci succeeds: %v\n%s", err, out)
		}
	}
	script, _ := copyScript(t, "energy.py")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, node, filepath.Join(dir, "client.js"), script, exe)
	cmd.Env = append(os.Environ(), serveStdioEnv+"=1")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node client: %v\n%s", err, out)
	}
	var got struct {
		Progress        []string
		Requests        []string
		DiagnosticCodes []string
		InlayHints      []string
		CodeActions     []string
		UnopenedError   int
		ExitCode        int
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node client output %q: %v", out, err)
	}
	t.Logf("node client: %s", out)
	if !slices.Contains(got.Progress, "begin") || !slices.Contains(got.Progress, "end") {
		t.Errorf("progress = %v", got.Progress)
	}
	for _, want := range []string{"workspace/configuration", "window/workDoneProgress/create", "workspace/inlayHint/refresh", "workspace/codeLens/refresh"} {
		if !slices.Contains(got.Requests, want) {
			t.Errorf("the server never sent %s (got %v)", want, got.Requests)
		}
	}
	if !slices.Contains(got.DiagnosticCodes, "hot-spot") || !slices.Contains(got.CodeActions, "quickfix") {
		t.Errorf("diagnostics %v, code actions %v", got.DiagnosticCodes, got.CodeActions)
	}
	if got.UnopenedError != int(codeRequestFailed) || got.ExitCode != 0 {
		t.Errorf("unopened-file error %d, exit code %d", got.UnopenedError, got.ExitCode)
	}
}
