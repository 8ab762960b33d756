package syntax_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jitlens/analysis/syntax/internal/cpyref"
)

// snippetDir holds the snippets and CPython 3.11's results for them,
// written by testdata/syntax/regen.py.
var snippetDir = filepath.Join("..", "..", "testdata", "syntax")

// readXfail reads the snippets known not to match yet: one name per line,
// # starts a comment.
func readXfail(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(snippetDir, "xfail.txt"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			names[line] = true
		}
	}
	return names
}

// TestDifferential parses every snippet of testdata/syntax (in the mode its
// name gives, see cpyref.ModeOf) and compares the result with CPython's,
// byte for byte. A snippet listed in xfail.txt is a known parser mismatch
// (see testdata/mismatches.txt): its difference is logged instead of
// failed, and once it matches the test logs that its line can go.
func TestDifferential(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(snippetDir, "*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no snippets in %s (%v)", snippetDir, err)
	}
	xfail := readXfail(t)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		if name == "regen" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(path, ".py")
			want, err := os.ReadFile(base + ".ast")
			if os.IsNotExist(err) {
				want, err = os.ReadFile(base + ".err")
			}
			if err != nil {
				t.Fatalf("no expectation (run python3 testdata/syntax/regen.py): %v", err)
			}
			got, _ := cpyref.SafeOutcome(path, src, cpyref.ModeOf(name), true)
			same := cpyref.Equal(got, string(want))
			switch {
			case !same && xfail[name]:
				t.Logf("known mismatch (xfail.txt)\n%s", cpyref.FirstDifference(got, string(want)))
			case !same:
				t.Errorf("differs from CPython\n%s", cpyref.FirstDifference(got, string(want)))
			case xfail[name]:
				t.Errorf("matches CPython now: remove %s from testdata/syntax/xfail.txt", name)
			}
		})
	}
}
