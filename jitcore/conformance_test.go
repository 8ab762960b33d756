package jitcore

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

var updateXfail = flag.Bool("update-xfail", false, "rewrite testdata/conformance/xfail.txt from the current results")

const conformanceTimeout = 60 * time.Second

type conformanceResult struct {
	stdout, stderr string
	status         int
	timedOut       bool
}

// runConformance runs one program in-process as `python3 /abs/NAME.py ARGS`
// from the conformance directory.
func runConformance(dir, name string, jit *JITOptions) conformanceResult {
	script := filepath.Join(dir, name+".py")
	var args []string
	if data, err := os.ReadFile(filepath.Join(dir, name+".args")); err == nil {
		args = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	}
	stdin, _ := os.ReadFile(filepath.Join(dir, name+".stdin"))
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	var vm *VM
	ready := make(chan struct{})
	go func() {
		done <- Run(Options{Script: script, Args: args, Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errb, JIT: jit,
			Setup: func(v *VM) { vm = v; close(ready) }})
	}()
	select {
	case st := <-done:
		return conformanceResult{stdout: out.String(), stderr: errb.String(), status: st}
	case <-time.After(conformanceTimeout):
		select {
		case <-ready:
			vm.Interrupt()
		default:
		}
		select {
		case <-done:
		case <-time.After(5 * time.Second):
		}
		return conformanceResult{timedOut: true}
	}
}

// conformanceJITModes are the ways the suite runs besides --no-jit.
var conformanceJITModes = []struct {
	name      string
	threshold int
}{{"default threshold", DefaultJITThreshold}, {"threshold 0", 0}}

func readXfail(path string) map[string]string {
	list := map[string]string{}
	data, err := os.ReadFile(path)
	if err != nil {
		return list
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		list[name] = strings.TrimSpace(reason)
	}
	return list
}

func firstDiff(what, want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || (i >= len(wl)) != (i >= len(gl)) {
			return fmt.Sprintf("%s differs at line %d:\n  want: %q\n  got:  %q", what, i+1, w, g)
		}
	}
	return what + " differs"
}

// TestConformance runs every program of testdata/conformance and compares
// stdout, stderr and exit status with CPython's, byte for byte.
func TestConformance(t *testing.T) {
	dir, err := filepath.Abs("../testdata/conformance")
	if err != nil {
		t.Fatal(err)
	}
	programs, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(programs) == 0 {
		t.Skip("skipped: testdata/conformance has no programs; add NAME.py files (see its README) for this test to run")
	}
	if old, err := os.Getwd(); err == nil {
		defer os.Chdir(old)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	xfailPath := filepath.Join(dir, "xfail.txt")
	xfail := readXfail(xfailPath)
	failing := map[string]string{}
	passed := 0
	sort.Strings(programs)
	for _, p := range programs {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if _, err := os.Stat(filepath.Join(dir, name+".stdout")); err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			wantOut, _ := os.ReadFile(filepath.Join(dir, name+".stdout"))
			wantErr, _ := os.ReadFile(filepath.Join(dir, name+".stderr"))
			wantStatus := 0
			if s, err := os.ReadFile(filepath.Join(dir, name+".status")); err == nil {
				wantStatus, _ = strconv.Atoi(strings.TrimSpace(string(s)))
			}
			prefix := dir + "/"
			check := func(jit *JITOptions) (problem, gotErr string) {
				r := runConformance(dir, name, jit)
				gotOut := strings.ReplaceAll(r.stdout, prefix, "")
				gotErr = strings.ReplaceAll(r.stderr, prefix, "")
				switch {
				case r.timedOut:
					problem = "timed out"
				case gotOut != string(wantOut):
					problem = firstDiff("stdout", string(wantOut), gotOut)
				case gotErr != string(wantErr):
					problem = firstDiff("stderr", string(wantErr), gotErr)
				case r.status != wantStatus:
					problem = fmt.Sprintf("exit status %d, want %d", r.status, wantStatus)
				}
				return problem, gotErr
			}
			// the interpreter alone decides the xfail list; the JIT on
			// (default threshold) and compiling at once must not add failures
			problem, gotErr := check(&JITOptions{Off: true})
			if problem == "" {
				for _, mode := range conformanceJITModes {
					if p, e := check(&JITOptions{Threshold: mode.threshold}); p != "" {
						t.Errorf("fails only with the JIT (%s): %s\nstderr:\n%s", mode.name, p, tail(e, 15))
					}
				}
			}
			_, expectFail := xfail[name]
			if problem != "" {
				failing[name] = firstLine(problem)
				if !expectFail && !*updateXfail {
					t.Errorf("%s\nstderr:\n%s", problem, tail(gotErr, 15))
				}
				return
			}
			passed++
			if expectFail && !*updateXfail {
				t.Errorf("%s passes now: remove it from xfail.txt (or run with -update-xfail)", name)
			}
		})
	}
	t.Logf("conformance: %d passed, %d failing", passed, len(failing))
	if *updateXfail {
		names := make([]string, 0, len(failing))
		for n := range failing {
			names = append(names, n)
		}
		sort.Strings(names)
		var sb strings.Builder
		sb.WriteString("# Conformance programs expected to fail (name, then the first difference).\n")
		sb.WriteString("# Regenerate with: go test ./jitcore -run Conformance -update-xfail\n")
		for _, n := range names {
			sb.WriteString(n + " " + failing[n] + "\n")
		}
		if err := os.WriteFile(xfailPath, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func firstLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 160 {
		s = s[:160]
	}
	return s
}

func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
