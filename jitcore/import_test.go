package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree creates files (path → source) under a fresh folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, src := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestImportUnsupported checks that a C-extension package stops the run
// with status 2 and a message naming the module and the import's file and
// line, wherever the import is, and that it is not catchable as ImportError.
func TestImportUnsupported(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		out   string
		msg   string
	}{
		{"main", map[string]string{"main.py": "print('before')\n\nimport numpy as np\nprint('after')\n"},
			"before\n", "jitlens: unsupported: numpy is a C extension module; jitlens runs pure Python only (main.py, line 3)\n"},
		{"helper", map[string]string{"main.py": "import helper\n", "helper.py": "x = 1\nfrom pandas import DataFrame\n"},
			"", "jitlens: unsupported: pandas is a C extension module; jitlens runs pure Python only (helper.py, line 2)\n"},
		{"submodule", map[string]string{"main.py": "import os\nimport scipy.linalg\n"},
			"", "jitlens: unsupported: scipy is a C extension module; jitlens runs pure Python only (main.py, line 2)\n"},
		{"in try", map[string]string{"main.py": "try:\n    import torch\nexcept ImportError:\n    print('caught')\n"},
			"", "jitlens: unsupported: torch is a C extension module; jitlens runs pure Python only (main.py, line 2)\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTree(t, c.files)
			var out, errb bytes.Buffer
			st := Run(Options{Script: filepath.Join(dir, "main.py"), Stdout: &out, Stderr: &errb})
			gotErr := strings.ReplaceAll(errb.String(), dir+"/", "")
			if st != ExitUnsupported || out.String() != c.out || gotErr != c.msg {
				t.Errorf("status %d, stdout %q, stderr %q; want %d, %q, %q", st, out.String(), gotErr, ExitUnsupported, c.out, c.msg)
			}
		})
	}
}

// TestImportShadowing checks the search order: the script's own file wins
// over a pure-Python library module, a built-in module wins over the file.
func TestImportShadowing(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.py":   "import random, math\nprint(random.WHO, hasattr(math, 'WHO'))\n",
		"random.py": "WHO = 'local random'\n",
		"math.py":   "WHO = 'local math'\n",
	})
	var out, errb bytes.Buffer
	st := Run(Options{Script: filepath.Join(dir, "main.py"), Stdout: &out, Stderr: &errb})
	if st != 0 || out.String() != "local random False\n" {
		t.Errorf("status %d, stdout %q, stderr %q", st, out.String(), errb.String())
	}
}
