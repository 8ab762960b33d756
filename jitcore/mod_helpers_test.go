package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWithModules runs src as a script and returns its stdout, stderr and exit status.
func runWithModules(t *testing.T, src string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	st := Run(Options{Script: path, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return out.String(), strings.ReplaceAll(errb.String(), dir+"/", ""), st
}

// TestDevScript runs the script named by JITLENS_DEV_SCRIPT (a development
// aid; skipped otherwise).
func TestDevScript(t *testing.T) {
	p := os.Getenv("JITLENS_DEV_SCRIPT")
	if p == "" {
		t.Skip("JITLENS_DEV_SCRIPT not set")
	}
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	out, errs, st := runWithModules(t, string(src))
	os.Stdout.WriteString(out)
	os.Stdout.WriteString(errs)
	if st != 0 {
		os.Stdout.WriteString("[status " + string(rune('0'+st)) + "]\n")
	}
}
