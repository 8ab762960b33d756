// Package scenariotest loads the advisor's scenario programs
// (testdata/advisor) for the tests of the hints package and of the command:
// each scenario's header, the run report its measured hints rest on, and
// the deterministic projection of hints that its golden file holds.
//
// A scenario is a Python file whose leading comment block may declare:
//
//	# Scenario: what it shows
//	# JIT: compiled f, g   functions the JIT compiles entirely (synthetic
//	                       events until the JIT is wired into the engine)
//	# IO: 11, 17-18        lines that wait on I/O (the engine does not mark
//	                       I/O waits yet)
//	# Hot: f, g            the engine cannot run the script (it imports
//	                       numba or cython): use a synthetic profile in
//	                       which these functions share the run
//	# Expect: hot-spot, njit-candidate   the kinds of the measured hints
//	# Static: none                       the kinds of the static hints
package scenariotest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
)

// Scenario is one program of testdata/advisor.
type Scenario struct {
	Name  string // base name without .py
	Dir   string
	File  string // base name with .py, as the goldens name it
	Src   []byte
	Title string
	JIT   []string // functions declared as compiled by the JIT
	IO    []LineSpan
	Hot   []string // non-empty for scenarios the engine cannot run
	// Expect and Static are the hint kinds a person decided are right
	// for the measured and the static hints: sorted, comma-separated,
	// "" for none.
	Expect, Static string
}

// LineSpan is an inclusive range of 1-based lines.
type LineSpan struct{ First, Last int }

// Load reads every scenario of dir, sorted by name.
func Load(dir string) ([]*Scenario, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []*Scenario
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		s := &Scenario{Dir: dir, File: filepath.Base(p), Src: src}
		s.Name = strings.TrimSuffix(s.File, ".py")
		if err := s.readHeader(); err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		out = append(out, s)
	}
	return out, nil
}

func (s *Scenario) readHeader() error {
	for _, line := range strings.Split(string(s.Src), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), ":")
		if !ok {
			continue
		}
		if i := strings.Index(val, "("); i >= 0 && key != "Scenario" {
			val = val[:i] // a remark in parentheses
		}
		val = strings.TrimSpace(val)
		switch key {
		case "Scenario":
			s.Title = val
		case "JIT":
			s.JIT = names(strings.TrimPrefix(val, "compiled"))
		case "Hot":
			s.Hot = names(val)
		case "Expect":
			s.Expect = kindList(val)
		case "Static":
			s.Static = kindList(val)
		case "IO":
			for _, part := range names(val) {
				first, last, ranged := strings.Cut(part, "-")
				a, err := strconv.Atoi(first)
				if err != nil {
					return fmt.Errorf("bad IO line %q", part)
				}
				b := a
				if ranged {
					if b, err = strconv.Atoi(last); err != nil {
						return fmt.Errorf("bad IO line %q", part)
					}
				}
				s.IO = append(s.IO, LineSpan{a, b})
			}
		}
	}
	if s.Title == "" {
		return fmt.Errorf("no '# Scenario:' line")
	}
	return nil
}

func names(list string) []string {
	var out []string
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// kindList normalizes a list of hint kinds: sorted, "none" for no kinds.
func kindList(list string) string {
	ks := names(list)
	if len(ks) == 1 && ks[0] == "none" {
		return ""
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// EngineRuns reports whether jitlens can run the script (it imports
// nothing the engine lacks).
func (s *Scenario) EngineRuns() bool { return len(s.Hot) == 0 }

// Path returns the path of one of the scenario's files by suffix, e.g.
// Path(".static.json").
func (s *Scenario) Path(suffix string) string { return filepath.Join(s.Dir, s.Name+suffix) }

// Analyze parses and analyzes the scenario under its base name.
func (s *Scenario) Analyze() (*analysis.File, error) {
	return AnalyzeSource(s.File, s.Src)
}

// AnalyzeSource parses and analyzes a source, failing on syntax errors.
func AnalyzeSource(name string, src []byte) (*analysis.File, error) {
	mod, errs := syntax.Parse(name, src)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return analysis.Analyze(name, src, mod), nil
}

// ImportsCompilers reports whether a source imports numba or cython, which
// the engine cannot import yet.
func ImportsCompilers(src []byte) bool {
	for _, line := range bytes.Split(src, []byte("\n")) {
		l := string(bytes.TrimSpace(line))
		for _, m := range []string{"numba", "cython"} {
			if strings.HasPrefix(l, "import "+m) || strings.HasPrefix(l, "from "+m+" ") {
				return true
			}
		}
	}
	return false
}
