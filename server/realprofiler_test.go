package server

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealProfiler profiles a script with the real `jitlens profile`,
// built from cmd/jitlens, instead of the fake.
func TestRealProfiler(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it builds cmd/jitlens to profile for real; run without -short")
	}
	bin := filepath.Join(t.TempDir(), "jitlens")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "jitlens/cmd/jitlens")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building cmd/jitlens for the real profiler: %v\n%s", err, out)
	}
	c := startServer(t, Options{Profiler: bin})
	c.initialize()
	path, text := copyScript(t, "realwork.py")
	uri := c.open(path, text)
	sum, err := c.profileOf(uri)
	if err != nil {
		t.Fatalf("profile: %v", err)
	}
	if sum.Status != statusOK || sum.TopFunction != "total" {
		t.Fatalf("summary = %+v, want ok with total on top", sum)
	}
	var hov struct {
		Contents struct{ Value string } `json:"contents"`
	}
	c.mustCall("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(1, 6)}, &hov)
	if !strings.Contains(hov.Contents.Value, "**total**") || !strings.Contains(hov.Contents.Value, "of the run") {
		t.Errorf("hover after a real profile:\n%s", hov.Contents.Value)
	}
	c.shutdown()
}
