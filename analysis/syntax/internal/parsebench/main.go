// Command parsebench measures the parser's speed over the installed CPython
// standard library beside CPython's own ast.parse, measured in the same run
// on the same files, and the memory the parser allocates per parsed MB.
//
//	go run ./analysis/syntax/internal/parsebench [-n 5]
//
// Both sides read every file into memory first and report their best of n
// passes; the Go side runs first so that the two never share the CPU.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"

	"jitlens/analysis/syntax"
	"jitlens/analysis/syntax/internal/cpyref"
)

// cpythonScript times ast.parse over the files named on stdin, best of
// argv[1] passes, and prints the seconds of the best pass.
const cpythonScript = `import ast, sys, time
srcs = []
for p in sys.stdin.read().splitlines():
    with open(p, "rb") as f:
        srcs.append((p, f.read()))
best = None
for _ in range(int(sys.argv[1])):
    t0 = time.perf_counter()
    for p, src in srcs:
        try:
            ast.parse(src, p)
        except (SyntaxError, MemoryError, RecursionError, ValueError):
            pass
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(best)
`

func main() {
	passes := flag.Int("n", 5, "passes over the corpus; the best counts")
	python := flag.String("python", "python3", "the CPython 3.11 interpreter")
	dir := flag.String("dir", "", "directory of .py files (default: the interpreter's stdlib)")
	flag.Parse()
	if err := run(*python, *dir, *passes); err != nil {
		fmt.Fprintln(os.Stderr, "parsebench:", err)
		os.Exit(2)
	}
}

func run(python, dir string, passes int) error {
	if dir == "" {
		d, err := cpyref.StdlibDir(python)
		if err != nil {
			return err
		}
		dir = d
	}
	files, err := cpyref.PythonFiles(dir, false)
	if err != nil {
		return err
	}
	srcs := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		if srcs[i], err = os.ReadFile(f); err != nil {
			return err
		}
		total += len(srcs[i])
	}
	mb := float64(total) / 1e6
	fmt.Printf("corpus: %d files, %.1f MB from %s\n", len(files), mb, dir)

	var best time.Duration
	var allocated uint64
	for pass := 0; pass < passes; pass++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		for i, src := range srcs {
			syntax.Parse(files[i], src)
		}
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if pass == 0 || elapsed < best {
			best = elapsed
		}
		allocated = after.TotalAlloc - before.TotalAlloc
	}
	goRate := mb / best.Seconds()
	fmt.Printf("jitlens Parse:    %7.2f MB/s  (best of %d: %v), %.1f MB allocated per parsed MB\n",
		goRate, passes, best.Round(time.Millisecond), float64(allocated)/float64(total))

	cmd := exec.Command(python, "-c", cpythonScript, strconv.Itoa(passes))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s: %v", python, err)
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		return fmt.Errorf("%s printed %q", python, out)
	}
	pyRate := mb / secs
	fmt.Printf("CPython ast.parse: %6.2f MB/s  (best of %d: %.3fs)\n", pyRate, passes, secs)
	fmt.Printf("ratio: %.2fx CPython (target 3x)\n", goRate/pyRate)
	return nil
}
