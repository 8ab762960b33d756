package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Run reports how a program ended, which its exit status alone does not
// tell: sys.exit(1) and an exception both exit with 1, sys.exit(2) and an
// unsupported module both with 2.
func TestRunEndKind(t *testing.T) {
	cases := []struct {
		name, src string
		status    int
		end       EndKind
	}{
		{"normal", "print(1)\n", 0, EndNormal},
		{"exception", "1 / 0\n", 1, EndException},
		{"syntax error", "def f(:\n    pass\n", 1, EndException},
		{"sys.exit(1)", "import sys\nsys.exit(1)\n", 1, EndSysExit},
		{"sys.exit(2)", "import sys\nsys.exit(2)\n", 2, EndSysExit},
		{"SystemExit caught, then normal", "try:\n    raise SystemExit(3)\nexcept SystemExit:\n    pass\n", 0, EndNormal},
		{"KeyboardInterrupt", "raise KeyboardInterrupt\n", ExitSIGINT, EndInterrupted},
		{"unsupported module", "import numpy\n", ExitUnsupported, EndUnsupported},
		{"no script", "", 2, EndNotRun},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "prog.py")
			if c.src != "" {
				if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			end := EndKind(255)
			status := Run(Options{Script: path, Stdout: &stdout, Stderr: &stderr, End: &end})
			if status != c.status || end != c.end {
				t.Errorf("status %d, end %v; want %d, %v\n%s", status, end, c.status, c.end, stderr.String())
			}
		})
	}
}
