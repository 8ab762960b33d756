package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/hints"
	"jitlens/profile"
)

const sleepyScript = `import time


def wait(n):
    total = 0
    for i in range(n):
        time.sleep(0.01)
        total += i
    return total


def work(n):
    s = 0
    for i in range(n):
        s += i
    return s


print(wait(25) + work(20000))
`

// lineTime returns the report's self time of one line.
func lineTime(r *profile.RunReport, line int) profile.TimeReport {
	for _, lt := range r.Lines {
		if lt.Line == line {
			return lt.Self
		}
	}
	return profile.TimeReport{}
}

// Time in time.sleep is sampled as sleep on the line that sleeps, and the
// advisor says that no JIT helps there.
func TestProfileMarksSleep(t *testing.T) {
	status, r, _, out := profileRun(t, sleepyScript)
	if status != 0 {
		t.Fatalf("status %d\n%s", status, out)
	}
	sleep := lineTime(r, 7)
	if r.Samples.Sleep == 0 || sleep.SleepShare < 0.9 || sleep.Share < 0.5 {
		t.Fatalf("line 7: %+v; run samples %+v", sleep, r.Samples)
	}
	src := []byte(sleepyScript)
	mod, errs := syntax.Parse(r.Script, src)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	hs := hints.Advise(hints.Input{File: analysis.Analyze(r.Script, src, mod), Path: r.Script, Report: r})
	var io []hints.Hint
	for _, h := range hs {
		if h.Kind == hints.IOBound {
			io = append(io, h)
		}
	}
	if len(io) != 1 || io[0].Range.Start.Line != 7 || !strings.Contains(io[0].Message, "sleeping") {
		t.Errorf("io-bound hints %+v (all: %+v)", io, hs)
	}
}

// Opening files is charged as I/O to the line that opens, exactly: each
// open() is far shorter than a sampling period, so a tick seldom falls
// inside one, but the time blocked is measured when the call returns.
func TestProfileMarksFileReads(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("0123456789abcdef\n", 1<<18)), 0o644); err != nil {
		t.Fatal(err)
	}
	script := "def load(path, n):\n    size = 0\n    for i in range(n):\n        f = open(path)\n        size += 1\n        f.close()\n    return size\n\n\nprint(load(" + pyQuote(big) + ", 300))\n"
	status, r, _, out := profileRun(t, script)
	if status != 0 {
		t.Fatalf("status %d\n%s", status, out)
	}
	if open := lineTime(r, 4); open.IOShare == 0 || open.WallNS == 0 {
		t.Errorf("line 4: %+v; run samples %+v", open, r.Samples)
	}
	if other := lineTime(r, 5); other.IOShare != 0 {
		t.Errorf("line 5 (no I/O) has I/O time: %+v", other)
	}
}

// pyQuote spells a path as a Python string literal.
func pyQuote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
