package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMultiModule runs every program of testdata/multimodule (a main.py with
// its own modules and packages) from its folder and compares stdout, stderr
// and exit status with CPython's, byte for byte.
func TestMultiModule(t *testing.T) {
	root, err := filepath.Abs("../testdata/multimodule")
	if err != nil {
		t.Fatal(err)
	}
	mains, _ := filepath.Glob(filepath.Join(root, "*", "main.py"))
	if len(mains) == 0 {
		t.Fatal("no multi-module programs")
	}
	old, _ := os.Getwd()
	defer os.Chdir(old)
	for _, main := range mains {
		dir := filepath.Dir(main)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			wantOut, _ := os.ReadFile(filepath.Join(dir, "expected.stdout"))
			wantErr, _ := os.ReadFile(filepath.Join(dir, "expected.stderr"))
			wantStatus := 0
			if s, err := os.ReadFile(filepath.Join(dir, "expected.status")); err == nil {
				wantStatus, _ = strconv.Atoi(strings.TrimSpace(string(s)))
			}
			var out, errb bytes.Buffer
			status := Run(Options{Script: main, Stdout: &out, Stderr: &errb})
			prefix := dir + "/"
			gotOut := strings.ReplaceAll(out.String(), prefix, "")
			gotErr := strings.ReplaceAll(errb.String(), prefix, "")
			if gotOut != string(wantOut) {
				t.Errorf("%s", firstDiff("stdout", string(wantOut), gotOut))
			}
			if gotErr != string(wantErr) {
				t.Errorf("%s", firstDiff("stderr", string(wantErr), gotErr))
			}
			if status != wantStatus {
				t.Errorf("exit status %d, want %d", status, wantStatus)
			}
		})
	}
}
