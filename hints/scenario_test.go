package hints_test

import (
	"bytes"
	"flag"
	"os"
	"sort"
	"strings"
	"testing"

	"jitlens/analysis/syntax"
	"jitlens/hints"
	"jitlens/hints/scenariotest"
)

var update = flag.Bool("update", false, "rewrite the advisor scenarios' measured goldens (testdata/advisor/regen.sh does this)")

const scenarioDir = "../testdata/advisor"

func loadScenarios(t *testing.T) []*scenariotest.Scenario {
	t.Helper()
	ss, err := scenariotest.Load(scenarioDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) < 25 {
		t.Fatalf("%d advisor scenarios, want at least 25", len(ss))
	}
	return ss
}

// compareGolden compares got with a golden file, or rewrites it with -update.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run testdata/advisor/regen.sh)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the advisor says now:\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("  line " + itoa(i+1) + ":\n    want " + wl + "\n    got  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			return string(b[i:])
		}
	}
}

// TestScenarioStatic checks the static hints (`jitlens hints --json`
// without --run) against their goldens, byte for byte.
func TestScenarioStatic(t *testing.T) {
	for _, s := range loadScenarios(t) {
		t.Run(s.Name, func(t *testing.T) {
			f, err := s.Analyze()
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.StaticJSON(f)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				return // regen.sh writes these with the command itself
			}
			compareGolden(t, s.Path(".static.json"), got)
		})
	}
}

// TestScenarioMeasured checks the measured hints, weighed by the recorded
// run report (or the synthetic profile) plus the declared JIT and I/O
// evidence, against the projection in the golden.
func TestScenarioMeasured(t *testing.T) {
	for _, s := range loadScenarios(t) {
		t.Run(s.Name, func(t *testing.T) {
			f, err := s.Analyze()
			if err != nil {
				t.Fatal(err)
			}
			r, err := s.Report(f)
			if err != nil {
				t.Fatalf("%v (run testdata/advisor/regen.sh)", err)
			}
			got, err := scenariotest.Project(s.File, s.Src, s.Measured(f, r))
			if err != nil {
				t.Fatal(err)
			}
			compareGolden(t, s.Path(".measured.json"), got)
		})
	}
}

// TestScenarioExpectations checks each scenario's measured and static hint
// kinds against its `# Expect:` and `# Static:` header lines (what a person
// decided the right advice is), and that the scenarios cover every kind.
func TestScenarioExpectations(t *testing.T) {
	covered := map[hints.Kind]int{}
	silent := 0
	for _, s := range loadScenarios(t) {
		f, err := s.Analyze()
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(f)
		if err != nil {
			t.Fatal(err)
		}
		measured := kindSet(s.Measured(f, r))
		static := kindSet(hints.Advise(hints.Input{File: f, Path: s.File}))
		if got, want := measured, s.Expect; got != want {
			t.Errorf("%s: measured hint kinds %q, the scenario expects %q", s.Name, got, want)
		}
		if got, want := static, s.Static; got != want {
			t.Errorf("%s: static hint kinds %q, the scenario expects %q", s.Name, got, want)
		}
		for _, k := range strings.Split(measured+", "+static, ", ") {
			if k != "" {
				covered[hints.Kind(k)]++
			}
		}
		if measured == "" || measured == string(hints.HotSpot) {
			silent++
		}
	}
	for _, k := range hints.Kinds {
		t.Logf("%-19s %2d scenarios", k, covered[k])
		if covered[k] == 0 {
			t.Errorf("no scenario shows a %s hint", k)
		}
	}
	t.Logf("%d scenarios where the right advice is silence (at most a hot-spot)", silent)
	if silent < 3 {
		t.Errorf("only %d silent scenarios", silent)
	}
}

// kindSet is the sorted, distinct kinds of hints, comma-separated.
func kindSet(hs []hints.Hint) string {
	seen := map[string]bool{}
	var ks []string
	for _, h := range hs {
		if !seen[string(h.Kind)] {
			seen[string(h.Kind)] = true
			ks = append(ks, string(h.Kind))
		}
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// TestScenarioFixesParse applies every fix of every scenario, one at a time
// and all safe ones together, and checks that the file still parses and
// that each edit kept the rest of the file unchanged.
func TestScenarioFixesParse(t *testing.T) {
	for _, s := range loadScenarios(t) {
		f, err := s.Analyze()
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(f)
		if err != nil {
			t.Fatal(err)
		}
		all := append(hints.Advise(hints.Input{File: f, Path: s.File}), s.Measured(f, r)...)
		for _, h := range all {
			for _, fix := range h.Fixes {
				out, err := hints.Apply(s.Src, fix.Edits)
				if err != nil {
					t.Errorf("%s: %s: %v", s.Name, fix.Title, err)
					continue
				}
				if _, errs := syntax.Parse(s.File, out); len(errs) > 0 {
					t.Errorf("%s: after %q the file does not parse: %v\n%s", s.Name, fix.Title, errs[0], out)
				}
				if bytes.Equal(out, s.Src) {
					t.Errorf("%s: %q changes nothing", s.Name, fix.Title)
				}
			}
		}
		if edits := hints.SafeEdits(all, "", true); len(edits) > 0 {
			out, err := hints.Apply(s.Src, edits)
			if err != nil {
				t.Errorf("%s: all fixes together: %v", s.Name, err)
			} else if _, errs := syntax.Parse(s.File, out); len(errs) > 0 {
				t.Errorf("%s: with all fixes the file does not parse: %v\n%s", s.Name, errs[0], out)
			}
		}
	}
}
