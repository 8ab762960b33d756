package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jitlens/jitcore"
	"jitlens/profile"
)

// The accuracy tests profile programs whose time split is known by
// construction and check the shares the profiler reports, in both tiers.
// They check shares, never speed: samples weigh the engine thread's CPU
// time, so a loaded machine stretches a run without moving its shares, and
// runs are merged until the profile holds enough samples for the shares to
// be stable (the binomial error of a share at 1500 samples is about one
// point; the tests allow five).

// accuracySamples is how many samples a merged profile must hold, and
// accuracyMaxRuns how many runs may be merged to get them.
const (
	accuracySamples = 1500
	accuracyMaxRuns = 8
	accuracyRate    = 2000
)

// tierCase is one tier of the engine and the work that makes a run of the
// test programs last about half a second in it.
type tierCase struct {
	name string
	jit  func() *jitcore.JITOptions
	tier profile.Tier
	// n is the scale argument of the program in this tier: native code
	// runs the same loops about a hundred times faster
	n int
	// kernelTimer: ticks from a kernel timer signalling the engine's
	// thread (--timer kernel), not from the sampler's goroutine
	kernelTimer bool
}

func tierCases(interp, native int) []tierCase {
	return []tierCase{
		{"interpreter", func() *jitcore.JITOptions { return &jitcore.JITOptions{Off: true} }, profile.TierInterpreter, interp, false},
		{"native", func() *jitcore.JITOptions { return nil }, profile.TierNative, native, false},
		{"interpreter, kernel timer", func() *jitcore.JITOptions { return &jitcore.JITOptions{Off: true} }, profile.TierInterpreter, interp, true},
		{"native, kernel timer", func() *jitcore.JITOptions { return nil }, profile.TierNative, native, true},
	}
}

// profileMergedRuns profiles the program src with args in the given tier,
// checking every run's output, and merges runs until the profile holds
// accuracySamples samples.
func profileMergedRuns(t *testing.T, src string, args []string, tc tierCase, want string) *profile.Profile {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var merged *profile.Profile
	for runs := 0; runs < accuracyMaxRuns && (merged == nil || merged.Totals().Samples < accuracySamples); runs++ {
		var stdout, stderr bytes.Buffer
		res, err := profileScript(path, args, accuracyRate, tc.kernelTimer, tc.jit(), strings.NewReader(""), &stdout, &stderr)
		if err != nil {
			t.Fatal(err)
		}
		if res.status != 0 || stdout.String() != want {
			t.Fatalf("status %d, stdout %q, want %q\n%s", res.status, stdout.String(), want, stderr.String())
		}
		if merged == nil {
			merged = res.profile
		} else if err := merged.Merge(res.profile); err != nil {
			t.Fatal(err)
		}
	}
	if n := merged.Totals().Samples; n < accuracySamples/3 {
		t.Fatalf("only %d samples in %d runs", n, accuracyMaxRuns)
	}
	return merged
}

// sharesScript runs two functions with the same loop, one for 7 parts of
// the iterations and one for 3: they take 70% and 30% of the time.
const sharesScript = `import sys


def seventy(n):
    s = 0.0
    for i in range(n):
        s = s / 1.0000001 + 1.0 / (i + 1.5)
    return s


def thirty(n):
    s = 0.0
    for i in range(n):
        s = s / 1.0000001 + 1.0 / (i + 1.5)
    return s


n = int(sys.argv[1])
total = 0.0
for _ in range(5):
    total += seventy(7 * n) + thirty(3 * n)
print(total > 0)
`

// Two functions taking 70% and 30% of the time are reported within five
// points of that, whether they run in the interpreter or as native code.
func TestProfileSharesAccuracy(t *testing.T) {
	for _, tc := range tierCases(80000, 1500000) {
		t.Run(tc.name, func(t *testing.T) {
			p := profileMergedRuns(t, sharesScript, []string{strconv.Itoa(tc.n)}, tc, "True\n")
			var seventy, thirty profile.Time
			for _, f := range p.FunctionStats() {
				switch f.Name {
				case "seventy":
					seventy = f.Total
				case "thirty":
					thirty = f.Total
				}
			}
			both := seventy.Wall + thirty.Wall
			if both == 0 {
				t.Fatalf("neither function sampled: %+v", p.FunctionStats())
			}
			got := float64(seventy.Wall) / float64(both)
			t.Logf("%s: seventy %.1f%% of the two (%d + %d samples)", tc.name, 100*got, seventy.Samples, thirty.Samples)
			if math.Abs(got-0.70) > 0.05 {
				t.Errorf("seventy takes %.1f%% of the two functions' time, want 70%% ± 5", 100*got)
			}
			for name, tm := range map[string]profile.Time{"seventy": seventy, "thirty": thirty} {
				if share := tierShare(tm, tc.tier); share < 0.9 {
					t.Errorf("%s ran %.0f%% in the %s tier", name, 100*share, tc.tier)
				}
			}
		})
	}
}

// lineCostScript is a loop whose body has a costly line (8: a chain of
// float divisions) and a cheap one (9: an int add).
const lineCostScript = `import sys


def kernel(n):
    s = 0.0
    t = 0
    for i in range(n):
        s = s / 1.0000001 + 1.0 / (i + 1.5) / (s + 2.5) / (s + 3.5)
        t += i
    return s, t


print(kernel(int(sys.argv[1]))[1])
`

// The costly line of a hot loop is on top, in its tier: in native code too,
// where samples are taken at back-edges but charged to the line the code
// was running when the timer fired.
func TestProfileHottestLineOfLoop(t *testing.T) {
	for _, tc := range tierCases(2000000, 40000000) {
		t.Run(tc.name, func(t *testing.T) {
			n := int64(tc.n)
			p := profileMergedRuns(t, lineCostScript, []string{strconv.Itoa(tc.n)}, tc, strconv.FormatInt(n*(n-1)/2, 10)+"\n")
			lines := p.LineStats()
			top := lines[0]
			var kernel time.Duration
			for _, l := range lines {
				if l.Name == "kernel" {
					kernel += l.Self.Wall
				}
			}
			t.Logf("%s: top line %d with %.1f%% of kernel's time", tc.name, top.Line, 100*float64(top.Self.Wall)/float64(kernel))
			if top.Name != "kernel" || top.Line != 8 {
				t.Fatalf("top line is %s:%d, want kernel:8; lines %+v", top.Name, top.Line, lines)
			}
			if share := tierShare(top.Self, tc.tier); share < 0.9 {
				t.Errorf("line 8 ran %.0f%% in the %s tier", 100*share, tc.tier)
			}
			for _, l := range lines {
				if l.Name == "kernel" && l.Line == 9 && l.Self.Wall*2 > top.Self.Wall {
					t.Errorf("line 9 (an add) has %v, line 8 (divisions) %v", l.Self.Wall, top.Self.Wall)
				}
			}
		})
	}
}

// tierShare is the share of t spent in tier.
func tierShare(t profile.Time, tier profile.Tier) float64 {
	if tier == profile.TierNative {
		return t.NativeShare()
	}
	return t.InterpreterShare()
}
