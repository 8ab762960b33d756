package profile

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/pprof/profile"
)

// kernelProfile is a small known profile: a hot native line, an interpreted
// caller, a recursive function and a blocked read.
func kernelProfile() *Profile {
	mod := fr("<module>", 50)
	p := buildProfile([]sample{
		{stack(mod, fr("main", 4), native("Body.advance", 22)), StateCPU, 60 * ms},
		{stack(mod, fr("main", 4), fr("Body.advance", 23)), StateCPU, 10 * ms},
		{stack(mod, fr("main", 5), fr("fib", 12), fr("fib", 11)), StateCPU, 15 * ms},
		{stack(mod, fr("outer.<locals>.inner", 41), fr("load", 31)), StateIO, 10 * ms},
		{stack(mod, fr("main", 6)), StateSleep, 5 * ms},
	})
	deopt := fr("fib", 11)
	deopt.JIT = JITDeoptimized
	p.Add(stack(mod, fr("main", 5), deopt), StateCPU, Value{Samples: 1, Wall: 0, CPU: 0})
	p.Start = time.Unix(1_700_000_000, 0)
	p.Duration = 101 * ms
	p.CPUTime = 50 * ms
	return p
}

func TestPprofParse(t *testing.T) {
	var buf bytes.Buffer
	if err := kernelProfile().WritePprof(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := gzip.NewReader(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatalf("not gzip-compressed: %v", err)
	}
	pp, err := profile.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := pp.CheckValid(); err != nil {
		t.Fatal(err)
	}

	var types []string
	for _, st := range pp.SampleType {
		types = append(types, st.Type+"/"+st.Unit)
	}
	if got := strings.Join(types, " "); got != "samples/count cpu/nanoseconds wall/nanoseconds" {
		t.Errorf("sample types = %s", got)
	}
	if pp.PeriodType.Type != "cpu" || pp.PeriodType.Unit != "nanoseconds" || pp.Period != 1_000_000 {
		t.Errorf("period = %d %s/%s, want 1000000 cpu/nanoseconds", pp.Period, pp.PeriodType.Type, pp.PeriodType.Unit)
	}
	if pp.DurationNanos != (101*ms).Nanoseconds() || pp.TimeNanos != 1_700_000_000e9 {
		t.Errorf("duration %d, time %d", pp.DurationNanos, pp.TimeNanos)
	}

	funcs := map[string]*profile.Function{}
	for _, f := range pp.Function {
		funcs[f.Name] = f
	}
	for name, start := range map[string]int64{"<module>": 1, "main": 3, "Body.advance": 20, "fib": 10, "load": 30, "outer.<locals>.inner": 40} {
		f := funcs[name]
		if f == nil {
			t.Errorf("no function %q", name)
			continue
		}
		if f.Filename != "work.py" || f.StartLine != start || f.SystemName != "work.py:"+name {
			t.Errorf("%s: file %q start %d system name %q", name, f.Filename, f.StartLine, f.SystemName)
		}
	}
	if len(pp.Function) != 6 {
		t.Errorf("%d functions, want 6", len(pp.Function))
	}

	// One location per (function, line).
	seen := map[string]bool{}
	for _, l := range pp.Location {
		if len(l.Line) != 1 {
			t.Fatalf("location %d has %d lines", l.ID, len(l.Line))
		}
		k := l.Line[0].Function.Name + ":" + itoa(l.Line[0].Line)
		if seen[k] {
			t.Errorf("two locations for %s", k)
		}
		seen[k] = true
	}
	if len(pp.Location) != 10 {
		t.Errorf("%d locations, want 10", len(pp.Location))
	}

	type want struct {
		values []int64
		labels string
	}
	wants := map[string]want{
		"Body.advance:22 main:4 <module>:50":          {[]int64{1, 30e6, 60e6}, "jit=compiled state=cpu tier=native"},
		"Body.advance:23 main:4 <module>:50":          {[]int64{1, 5e6, 10e6}, "jit=interpreted state=cpu tier=interpreter"},
		"fib:11 fib:12 main:5 <module>:50":            {[]int64{1, 7.5e6, 15e6}, "jit=interpreted state=cpu tier=interpreter"},
		"load:31 outer.<locals>.inner:41 <module>:50": {[]int64{1, 5e6, 10e6}, "jit=interpreted state=io tier=interpreter"},
		"main:6 <module>:50":                          {[]int64{1, 2.5e6, 5e6}, "jit=interpreted state=sleep tier=interpreter"},
		"fib:11 main:5 <module>:50":                   {[]int64{1, 0, 0}, "jit=deoptimized state=cpu tier=interpreter"},
	}
	if len(pp.Sample) != len(wants) {
		t.Errorf("%d samples, want %d", len(pp.Sample), len(wants))
	}
	for _, s := range pp.Sample {
		var locs []string
		for _, l := range s.Location {
			locs = append(locs, l.Line[0].Function.Name+":"+itoa(l.Line[0].Line))
		}
		k := strings.Join(locs, " ")
		w, ok := wants[k]
		if !ok {
			t.Errorf("unexpected sample stack %s", k)
			continue
		}
		var labels []string
		for _, key := range []string{"jit", "state", "tier"} {
			labels = append(labels, key+"="+strings.Join(s.Label[key], ","))
		}
		if got := strings.Join(labels, " "); got != w.labels {
			t.Errorf("%s: labels %s, want %s", k, got, w.labels)
		}
		if !slices.Equal(s.Value, w.values) {
			t.Errorf("%s: values %v, want %v", k, s.Value, w.values)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestPprofTool(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: the go command is not on PATH, so `go tool pprof` cannot be run; put go on PATH to run it")
	}
	path := filepath.Join(t.TempDir(), "kernel.pb.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := kernelProfile().WritePprof(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	out := runPprof(t, gobin, "-top", "-lines", path)
	// The default sample type is wall: 100ms in all.
	for _, want := range [][]string{
		{"Type:", "wall"},
		{"60ms", "60.00%", "60.00%", "60ms", "60.00%", "Body.advance", "work.py:22"},
		{"15ms", "15.00%", "75.00%", "15ms", "15.00%", "fib", "work.py:11"},
		{"10ms", "10.00%", "85.00%", "10ms", "10.00%", "Body.advance", "work.py:23"},
		{"10ms", "10.00%", "95.00%", "10ms", "10.00%", "load", "work.py:31"},
		{"5ms", "5.00%", "100%", "5ms", "5.00%", "main", "work.py:6"},
		{"0", "0%", "100%", "100ms", "100%", "<module>", "work.py:50"},
		{"0", "0%", "100%", "10ms", "10.00%", "outer.<locals>.inner", "work.py:41"},
		{"0", "0%", "100%", "70ms", "70.00%", "main", "work.py:4"},
	} {
		quoted := make([]string, len(want))
		for i, w := range want {
			quoted[i] = regexp.QuoteMeta(w)
		}
		if !regexp.MustCompile(`(?m)^\s*` + strings.Join(quoted, `\s+`) + `\s*$`).Match(out) {
			t.Errorf("output has no line %q", strings.Join(want, " "))
		}
	}

	// The labels, as pprof -tags sums them.
	tags := runPprof(t, gobin, "-tags", path)
	for _, want := range []string{
		"60ms (60.00%): compiled", "40ms (40.00%): interpreted",
		"85ms (85.00%): cpu", "10ms (10.00%): io", "5ms ( 5.00%): sleep",
		"60ms (60.00%): native", "40ms (40.00%): interpreter",
	} {
		if !bytes.Contains(tags, []byte(want)) {
			t.Errorf("go tool pprof -tags output has no %q", want)
		}
	}
}

// runPprof runs go tool pprof with args and returns its output.
func runPprof(t *testing.T, gobin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, gobin, append([]string{"tool", "pprof"}, args...)...)
	cmd.Env = append(os.Environ(), "PPROF_TMPDIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	t.Logf("go tool pprof %s:\n%s", strings.Join(args, " "), out)
	return out
}
