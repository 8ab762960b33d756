package main

import (
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestStdlib runs the whole comparison; it takes a minute or two, so it
// runs only when asked: JITLENS_STDLIB=1 go test ./analysis/syntax/internal/stdlibcheck
func TestStdlib(t *testing.T) {
	if os.Getenv("JITLENS_STDLIB") != "1" {
		t.Skip("skipped: the standard-library comparison takes minutes; set JITLENS_STDLIB=1 to run it")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipped: python3 (CPython 3.11) is not on PATH; install it to compare over its standard library")
	}
	var report strings.Builder
	s, err := run(config{python: "python3", out: &report})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(s)
	if s.total == 0 {
		t.Fatal("no files checked")
	}
	if s.different > 0 || s.disagree > 0 {
		t.Errorf("%s\n%s", s, report.String())
	}
}

func TestSummaryAdd(t *testing.T) {
	var out strings.Builder
	var s summary
	s.add(&out, "same.py", ourResult{"Module()\n", true}, true, "Module()\n")
	s.add(&out, "diff.py", ourResult{"Module(a)\n", true}, true, "Module(b)\n")
	s.add(&out, "rej.py", ourResult{"SyntaxError: x\nline 1, offset 1\n", false}, false, "SyntaxError: x\nline 1, offset 1\n")
	s.add(&out, "rej2.py", ourResult{"SyntaxError: x\nline 1, offset 1\n", false}, false, "SyntaxError: y\nline 1, offset 1\n")
	s.add(&out, "dis.py", ourResult{"SyntaxError: x\nline 1, offset 1\n", false}, true, "Module()\n")
	want := summary{total: 5, identical: 1, different: 1, bothReject: 2, sameError: 1, disagree: 1}
	if s != want {
		t.Errorf("summary = %+v, want %+v", s, want)
	}
	for _, name := range []string{"DIFFERENT diff.py", "BOTH REJECT rej2.py", "DISAGREE dis.py"} {
		if !strings.Contains(out.String(), name) {
			t.Errorf("report lacks %q:\n%s", name, out.String())
		}
	}
	if strings.Contains(out.String(), "same.py") || strings.Contains(out.String(), "rej.py:") {
		t.Errorf("report mentions matching files:\n%s", out.String())
	}
}

func TestMutateMakesOneSmallEdit(t *testing.T) {
	src := []byte("def f(x):\n    return x + 1\n")
	rng := rand.New(rand.NewSource(3))
	changed := 0
	for i := 0; i < 200; i++ {
		m := mutate(src, rng)
		if string(m) != string(src) {
			changed++
		}
		if d := len(m) - len(src); d > len("lambda ") || d < -len("    return x + 1\n") {
			t.Fatalf("mutant %q changes the length by %d", m, d)
		}
	}
	if changed < 150 {
		t.Errorf("only %d of 200 mutants differ from the source", changed)
	}
}
