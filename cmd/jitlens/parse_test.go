package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runJitlens(args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = mainExit(args, &out, &errOut)
	return out.String(), errOut.String(), status
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParseCommandErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unclosed paren", "x = (1,\n", ":1:5: SyntaxError: '(' was never closed\n"},
		{"column counts characters", "é = 1 +* 2\n", ":1:8: SyntaxError: invalid syntax\n"},
		{"indentation", "if x:\npass\n", ":2:1: IndentationError: expected an indented block after 'if' statement on line 1\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, "bad.py", c.src)
			stdout, stderr, status := runJitlens("parse", path)
			if status != 1 || stdout != path+c.want || stderr != "" {
				t.Errorf("status %d, stdout %q, stderr %q; want 1, %q", status, stdout, stderr, path+c.want)
			}
		})
	}
}

func TestParseCommandCleanFile(t *testing.T) {
	path := writeTemp(t, "ok.py", "x = 1\n")
	if stdout, stderr, status := runJitlens("parse", path); status != 0 || stdout != "" || stderr != "" {
		t.Errorf("status %d, stdout %q, stderr %q; want 0 and silence", status, stdout, stderr)
	}
}

func TestParseCommandUsageAndUnreadable(t *testing.T) {
	for _, args := range [][]string{
		{"parse"},
		{"parse", "a.py", "b.py"},
		{"parse", "--bogus", "a.py"},
		{"parse", filepath.Join(t.TempDir(), "missing.py")},
		{"parse", t.TempDir()},
	} {
		_, stderr, status := runJitlens(args...)
		if status != 2 || stderr == "" {
			t.Errorf("%v: status %d, stderr %q; want 2 and a message", args, status, stderr)
		}
	}
}

// TestParseCommandASTMatchesPython compares `jitlens parse --ast` with
// CPython's ast.dump on a few sources, byte for byte.
func TestParseCommandASTMatchesPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipped: python3 (CPython 3.11) is not on PATH; install it to compare with CPython")
	}
	sources := []string{
		"x = 1\n",
		"def f(a, *b, c=1, **d) -> 'r':\n    return [i ** 2 for i in a if i]\n",
		"s = 'é\\u2028😀' f'{x!r:>{w}}'; b = b'\\x00'\r\nmatch p:\r\n    case {'k': [1, *r]}: pass\r\n",
		"\ufeffclass C(B, metaclass=M):\n    x: int = 1e16 + 1j\n",
	}
	for _, src := range sources {
		path := writeTemp(t, "snippet.py", src)
		want, err := exec.Command(py, "-c", `import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read()), include_attributes=True))`, path).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		stdout, stderr, status := runJitlens("parse", "--ast", path)
		if status != 0 || stdout != string(want) {
			t.Errorf("%q: status %d, stderr %q\n got: %s\nwant: %s", src, status, stderr, stdout, want)
		}
	}
	path := writeTemp(t, "bad.py", "x = (\n")
	if stdout, stderr, status := runJitlens("parse", "--ast", path); status != 1 || stdout != "" || !strings.Contains(stderr, "SyntaxError") {
		t.Errorf("--ast on a bad file: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
}
