package main

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// A run report as `jitlens run --jit-report-json` writes it: two native
// units, a closed form, a refusal and two deoptimized guards.
const sampleReport = `{
  "compiled": [
    {"function": "escape_count", "signature": "loop(cr: float)", "code_size_bytes": 400, "compile_ns": 150000},
    {"function": "grid", "signature": "loop(over range)", "code_size_bytes": 1500, "compile_ns": 450000},
    {"function": "total", "signature": "closed form: s", "code_size_bytes": 0, "compile_ns": 0}
  ],
  "not_compiled": [{"function": "main"}],
  "deoptimized": [{"count": 3}, {"count": 4}]
}`

func TestSummarize(t *testing.T) {
	var ev jitEvents
	if err := json.Unmarshal([]byte(sampleReport), &ev); err != nil {
		t.Fatal(err)
	}
	s := summarize(ev)
	if s.native != 2 || s.closedForms != 1 || s.refused != 1 || s.codeBytes != 1900 || s.deopts != 7 {
		t.Fatalf("summary %+v", s)
	}
	if got := medianNS(s.compileNS); got != 150000 {
		t.Fatalf("median %d, want the lower middle 150000", got)
	}
}

func TestMedianNS(t *testing.T) {
	for _, c := range []struct {
		in   []int64
		want int64
	}{{nil, 0}, {[]int64{5}, 5}, {[]int64{1, 2, 3}, 2}, {[]int64{1, 2, 3, 4}, 2}} {
		if got := medianNS(c.in); got != c.want {
			t.Errorf("medianNS(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestJITOn(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{{nil, true}, {[]string{"--no-jit"}, false}, {[]string{"--no-jit", "--jit"}, true}, {[]string{"--jit-threshold", "0"}, true}} {
		if got := jitOn(c.args); got != c.want {
			t.Errorf("jitOn(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

// TestRenderJIT compares the table with testdata/jit_table.golden
// (go test ./bench/run -update rewrites it).
func TestRenderJIT(t *testing.T) {
	var ev jitEvents
	if err := json.Unmarshal([]byte(sampleReport), &ev); err != nil {
		t.Fatal(err)
	}
	fib := summarize(jitEvents{})
	fib.native, fib.compileNS, fib.codeBytes = 1, []int64{210000}, 668
	stats := map[string]jitStats{
		"mandelbrot": summarize(ev),
		"fib":        fib,
		"sieve":      {err: errors.New("exit status 1")},
	}
	got := renderJIT([]string{"fib", "mandelbrot", "sieve", "wordcount"}, stats)
	golden := filepath.Join("testdata", "jit_table.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
