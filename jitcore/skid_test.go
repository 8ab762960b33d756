package jitcore

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// sampledLines runs src on the interpreter alone while a goroutine
// requests samples every 100µs, and counts the samples by the line of the
// innermost frame. It also returns the script's output.
func sampledLines(t *testing.T, src string) (map[int]int, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kernel.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := map[int]int{}
	ready := make(chan *VM, 1)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		var vm *VM
		select {
		case vm = <-ready:
		case <-stop:
			return
		}
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				vm.RequestSample()
			}
		}
	}()
	var out, errOut bytes.Buffer
	status := Run(Options{Script: path, Stdout: &out, Stderr: &errOut, JIT: &JITOptions{Off: true}, Setup: func(vm *VM) {
		vm.Sample = func(f *Frame) { lines[f.Line()]++ }
		ready <- vm
	}})
	close(stop)
	<-done
	if status != 0 {
		t.Fatalf("exit status %d: %s", status, errOut.String())
	}
	return lines, out.String()
}

// hottest returns the lines by sample count, most first.
func hottest(lines map[int]int) []int {
	var ls []int
	for l := range lines {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool {
		return lines[ls[i]] > lines[ls[j]] || lines[ls[i]] == lines[ls[j]] && ls[i] < ls[j]
	})
	return ls
}

// TestSkidChargesTheLoopBody checks that the samples of a loop land on its
// body in proportion to the time spent there: the expensive line is the
// hottest and the loop header, where the interpreter notices the ticks, is
// not.
func TestSkidChargesTheLoopBody(t *testing.T) {
	products := strings.Repeat(" * 3", 20)
	tests := []struct {
		name      string
		src       string
		expensive int // the line that must be hottest
	}{
		{"twenty multiplications", fmt.Sprintf(`def kernel(n):
    t = 0
    x = 0
    for i in range(n):
        x = i%s %% 1000
        t += 1
    return t + x


print(kernel(300000))
`, products), 5},
		{"multiplications after the cheap line", fmt.Sprintf(`def kernel(n):
    t = 0
    x = 0
    for i in range(n):
        t += 1
        x = i%s %% 1000
    return t + x


print(kernel(300000))
`, products), 6},
		{"a big string", `def kernel(n):
    t = 0
    s = ""
    for i in range(n):
        t += 1
        s = "ab" * 20000
    return t + len(s)


print(kernel(30000))
`, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// A busy machine starves the sampling goroutine: add up runs
			// until there are enough samples to rank the lines.
			lines, total, runs := map[int]int{}, 0, 0
			for ; total < 50 && runs < 20; runs++ {
				more, _ := sampledLines(t, tc.src)
				for line, n := range more {
					lines[line] += n
					total += n
				}
			}
			if total < 50 {
				t.Skipf("skipped: %d runs gave only %d samples (50 needed): the goroutine requesting samples hardly ran beside the others; it runs when a core is free for it", runs, total)
			}
			t.Logf("samples by line: %v", lines)
			order := hottest(lines)
			if order[0] != tc.expensive {
				t.Errorf("hottest line %d, want %d (samples by line: %v)", order[0], tc.expensive, lines)
			}
			if order[0] == 4 {
				t.Errorf("the for line is on top (samples by line: %v)", lines)
			}
		})
	}
}

// TestSkidKeepsSemantics runs code that leaves loops by return, break,
// exceptions and generators, and recursion (frames of one code sharing its
// trap copy), while samples are skidded through it: the output must not
// change.
func TestSkidKeepsSemantics(t *testing.T) {
	src := `def gen(n):
    for i in range(n):
        yield i * 2


def find(xs, want):
    for i, x in enumerate(xs):
        if x == want:
            return i
    return -1


def risky(n):
    bad = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                raise ValueError(i)
        except ValueError:
            bad += 1
    return bad


def rec(n):
    acc = 0
    for i in range(3):
        acc += i
    if n > 0:
        acc += rec(n - 1)
    return acc


def boom(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError(i)


total = 0
for k in range(300):
    total += sum(gen(50)) + find(list(range(100)), k % 120) + risky(60) + rec(20)
    try:
        boom(30)
    except KeyError as e:
        total += e.args[0]
    while True:
        total += 1
        if total % 5 == 0:
            break
print(total)
`
	_, out := sampledLines(t, src)
	var plain bytes.Buffer
	path := filepath.Join(t.TempDir(), "plain.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	Run(Options{Script: path, Stdout: &plain, Stderr: &plain, JIT: &JITOptions{Off: true}})
	if out != plain.String() {
		t.Errorf("output while sampling %q, without %q", out, plain.String())
	}
}
