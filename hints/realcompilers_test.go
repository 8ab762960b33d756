package hints_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jitlens/hints"
	"jitlens/hints/scenariotest"
)

// systemPython is Debian's python3, where apt installs python3-numba and
// cython3 (the python3 on PATH may be another build without them).
const systemPython = "/usr/bin/python3"

// requireModule skips the test with a plain message unless systemPython
// can import the module.
func requireModule(t *testing.T, module, pkg string) {
	t.Helper()
	if err := exec.Command(systemPython, "-c", "import "+module).Run(); err != nil {
		t.Skipf("skipped: %s cannot import %s, so the real %s check cannot run; `apt-get install %s` (scripts/test.sh does it as root) makes it run", systemPython, module, module, pkg)
	}
}

// numbaHarness runs a script under real Numba and reports, on stderr, the
// signatures each @njit function was compiled for, the error if the run
// failed, and Numba's warnings other than its deprecation notices (an
// object-mode fallback would be one).
const numbaHarness = `
import contextlib, io, json, runpy, sys, warnings
from numba.core.registry import CPUDispatcher
from numba.core.errors import NumbaWarning, NumbaDeprecationWarning, NumbaPendingDeprecationWarning
result = {"error": "", "compiled": {}, "warnings": []}
out = io.StringIO()
ns = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with contextlib.redirect_stdout(out):
            ns = runpy.run_path(sys.argv[1], run_name="__main__")
    except Exception as e:
        result["error"] = type(e).__name__ + ": " + " | ".join(str(e).strip().splitlines()[:6])
for name, value in ns.items():
    if isinstance(value, CPUDispatcher):
        result["compiled"][name] = [str(s) for s in value.signatures]
for w in caught:
    if issubclass(w.category, NumbaWarning) and not issubclass(w.category, (NumbaDeprecationWarning, NumbaPendingDeprecationWarning)):
        result["warnings"].append(w.category.__name__ + ": " + str(w.message).strip().splitlines()[0])
sys.stdout.write(out.getvalue())
sys.stderr.write("JITLENS-RESULT " + json.dumps(result) + "\n")
`

type numbaResult struct {
	Error    string              `json:"error"`
	Compiled map[string][]string `json:"compiled"`
	Warnings []string            `json:"warnings"`
}

// runNumba runs path under real Numba and returns its stdout and result.
func runNumba(t *testing.T, path string) (string, numbaResult) {
	t.Helper()
	cmd := exec.Command(systemPython, "-c", numbaHarness, path)
	cmd.Dir = filepath.Dir(path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("numba harness: %v\n%s", err, stderr.String())
	}
	var res numbaResult
	for _, line := range strings.Split(stderr.String(), "\n") {
		if j, ok := strings.CutPrefix(line, "JITLENS-RESULT "); ok {
			if err := json.Unmarshal([]byte(j), &res); err != nil {
				t.Fatal(err)
			}
			return stdout.String(), res
		}
	}
	t.Fatalf("numba harness printed no result:\n%s", stderr.String())
	return "", res
}

// scenarioFixes returns the fixes of the given kinds among a scenario's
// static and measured hints. The measured hints rest on the recorded run
// report (or a synthetic one) with the scenario's declared JIT events: the
// JIT is not wired into the engine yet, and njit-candidate needs its word
// that it compiled the function.
func scenarioFixes(t *testing.T, s *scenariotest.Scenario, kinds ...hints.Kind) ([]hints.Hint, []hints.Fix) {
	t.Helper()
	f, err := s.Analyze()
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Report(f)
	if err != nil {
		t.Fatal(err)
	}
	var hs []hints.Hint
	var fixes []hints.Fix
	for _, h := range append(hints.Advise(hints.Input{File: f, Path: s.File}), s.Measured(f, r)...) {
		for _, k := range kinds {
			if h.Kind == k {
				for _, fx := range h.Fixes {
					hs = append(hs, h)
					fixes = append(fixes, fx)
				}
			}
		}
	}
	return hs, fixes
}

// writeFixed applies a fix and writes the result as dir/name.
func writeFixed(t *testing.T, src []byte, fx hints.Fix, dir, name string) string {
	t.Helper()
	out, err := hints.Apply(src, fx.Edits)
	if err != nil {
		t.Fatalf("%s: %v", fx.Title, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRealNumbaCompilesFixes applies every njit-candidate and
// parallel-candidate fix of the scenarios, runs the fixed script under
// real Numba, and checks that every decorated function compiled in
// nopython mode (it has signatures, no fallback warning) and that the
// output is CPython's. A fix Numba rejects is a bug in the rule.
func TestRealNumbaCompilesFixes(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it compiles every fix with real Numba; run without -short")
	}
	requireModule(t, "numba", "python3-numba")
	checked := 0
	for _, s := range loadScenarios(t) {
		hs, fixes := scenarioFixes(t, s, hints.NjitCandidate, hints.ParallelCandidate)
		for i, fx := range fixes {
			checked++
			h := hs[i]
			t.Run(s.Name+"/"+string(h.Kind), func(t *testing.T) {
				want, err := os.ReadFile(s.Path(".out"))
				if err != nil {
					t.Fatal(err)
				}
				path := writeFixed(t, s.Src, fx, t.TempDir(), s.File)
				out, res := runNumba(t, path)
				if res.Error != "" {
					t.Fatalf("real Numba rejects the fix %q: %s", fx.Title, res.Error)
				}
				if len(res.Compiled) == 0 {
					t.Fatalf("no @njit function after the fix %q", fx.Title)
				}
				for name, sigs := range res.Compiled {
					if len(sigs) == 0 {
						t.Errorf("%s was never compiled", name)
					}
				}
				for _, w := range res.Warnings {
					t.Errorf("Numba warned: %s", w)
				}
				switch {
				case out == string(want):
				case !fx.Safe:
					// an unsafe fix (a parallel float reduction) may
					// round differently: that is why it is unsafe
					t.Logf("unsafe fix %q: output differs from CPython's (%q vs %q)", fx.Title, out, want)
				default:
					t.Errorf("under Numba the output is %q, CPython's %q", out, want)
				}
				t.Logf("%s: compiled %v", fx.Title, res.Compiled)
			})
		}
	}
	if checked == 0 {
		t.Fatal("no njit-candidate or parallel-candidate fix among the scenarios")
	}
}

// cythonHarness imports a module compiled by Cython (running its top level)
// and reports whether it and the function are compiled.
const cythonHarness = `
import contextlib, importlib, io, json, sys
sys.path.insert(0, ".")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    mod = importlib.import_module(sys.argv[1])
func = mod
for part in sys.argv[2].split("."):
    func = getattr(func, part)
sys.stdout.write(out.getvalue())
sys.stderr.write("JITLENS-RESULT " + json.dumps({"file": mod.__file__, "type": type(func).__name__}) + "\n")
`

// TestRealCythonCompilesFixes applies every cython-candidate fix, compiles
// the fixed file with Cython (pure Python mode) and a C compiler, imports
// the extension module and checks that the function is compiled code and
// that the output is CPython's.
func TestRealCythonCompilesFixes(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it builds every fix with real Cython; run without -short")
	}
	requireModule(t, "Cython", "cython3 python3-dev")
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("skipped: there is no gcc to build Cython's C output, so the real Cython check cannot run; `apt-get install gcc` makes it run")
	}
	checked := 0
	for _, s := range loadScenarios(t) {
		hs, fixes := scenarioFixes(t, s, hints.CythonCandidate)
		for i, fx := range fixes {
			checked++
			h := hs[i]
			t.Run(s.Name, func(t *testing.T) {
				t.Parallel()
				want, err := os.ReadFile(s.Path(".out"))
				if err != nil {
					t.Fatal(err)
				}
				dir := t.TempDir()
				writeFixed(t, s.Src, fx, dir, s.File)
				build := exec.Command(systemPython, "-m", "Cython.Build.Cythonize", "-3", "-i", "-q", s.File)
				build.Dir = dir
				if out, err := build.CombinedOutput(); err != nil {
					t.Fatalf("Cython rejects the fix %q: %v\n%s", fx.Title, err, lastLines(string(out), 15))
				}
				run := exec.Command(systemPython, "-c", cythonHarness, s.Name, h.Function)
				run.Dir = dir
				var stdout, stderr bytes.Buffer
				run.Stdout, run.Stderr = &stdout, &stderr
				if err := run.Run(); err != nil {
					t.Fatalf("importing the compiled module: %v\n%s", err, stderr.String())
				}
				var res struct{ File, Type string }
				for _, line := range strings.Split(stderr.String(), "\n") {
					if j, ok := strings.CutPrefix(line, "JITLENS-RESULT "); ok {
						if err := json.Unmarshal([]byte(j), &res); err != nil {
							t.Fatal(err)
						}
					}
				}
				if !strings.HasSuffix(res.File, ".so") || res.Type != "cython_function_or_method" {
					t.Errorf("%s is not compiled: module %s, %s is a %s", s.Name, res.File, h.Function, res.Type)
				}
				if stdout.String() != string(want) {
					t.Errorf("compiled by Cython the output is %q, CPython's %q", stdout.String(), want)
				}
				t.Logf("%s: %s compiled into %s", fx.Title, h.Function, filepath.Base(res.File))
			})
		}
	}
	if checked == 0 {
		t.Fatal("no cython-candidate fix among the scenarios")
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
