package server

import (
	"go.lsp.dev/protocol"

	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchSource generates a Python file of about n lines: numeric functions
// with loops, type-unstable variables and Numba blockers, like the code
// jitlens is for.
func benchSource(n int) string {
	var b strings.Builder
	b.WriteString("import math\n\n")
	lines := 2
	for i := 0; lines < n; i++ {
		fmt.Fprintf(&b, `
def work_%d(n, xs):
    total = 0
    names = {}
    for i in range(n):
        for j in range(3):
            total += math.sqrt(i * j) * 0.5
        names[str(i)] = f"item {i}"
    scale = len(xs)
    return total / (scale + 1)
`, i)
		lines += 10 // the unit is ten lines
	}
	b.WriteString("\nprint(work_0(10, [1.0]))\n")
	return b.String()
}

// benchSession opens and profiles a generated 5,000-line file.
func benchSession(b *testing.B) (*testClient, string) {
	c := startServer(b, Options{})
	c.settings = map[string]any{"timeLimitSeconds": 120}
	c.initialize()
	path := filepath.Join(b.TempDir(), "big.py")
	text := benchSource(5000)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	uri := c.open(path, text)
	if sum, err := c.profileOf(uri); err != nil || sum.Status != statusOK {
		b.Fatalf("profile: %+v %v", sum, err)
	}
	return c, uri
}

// measure runs op b.N times and reports the 50th and 99th percentiles of
// its wall time and of the CPU time the process spent meanwhile (all
// threads, the collector's included). On a machine shared with other
// work, the wall time's tail is mostly waiting for a core; the CPU time
// is what the operation itself costs.
func measure(b *testing.B, op func(i int)) {
	lat := make([]time.Duration, 0, b.N)
	cpu := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, startCPU := time.Now(), processCPU()
		op(i)
		lat = append(lat, time.Since(start))
		cpu = append(cpu, processCPU()-startCPU)
	}
	b.StopTimer()
	report := func(d []time.Duration, unit string) {
		slices.Sort(d)
		b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-"+unit)
		b.ReportMetric(float64(d[min(len(d)-1, len(d)*99/100)].Microseconds())/1000, "p99-"+unit)
	}
	report(lat, "ms")
	report(cpu, "cpu-ms")
}

// BenchmarkRequests measures hover, inlay hints and code actions, each a
// full round trip through the protocol, on a profiled 5,000-line file.
func BenchmarkRequests(b *testing.B) {
	c, uri := benchSession(b)
	b.Run("hover", func(b *testing.B) {
		measure(b, func(i int) {
			line := 3 + 10*(i%400)
			if _, err := c.call("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(line, 6)}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("inlayHint", func(b *testing.B) {
		measure(b, func(i int) {
			start := 10 * (i % 400)
			if _, err := c.call(methodInlayHint, map[string]any{"textDocument": docID(uri), "range": rng(start, 0, start+60, 0)}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("codeAction", func(b *testing.B) {
		measure(b, func(i int) {
			line := 4 + 10*(i%400)
			if _, err := c.call("textDocument/codeAction", map[string]any{"textDocument": docID(uri), "range": rng(line, 0, line, 10), "context": map[string]any{"diagnostics": []any{}}}); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// BenchmarkReparse measures an edit of a 5,000-line file as didChange and
// the diagnostics after it handle it: applying the change to the previous
// version (already parsed) and parsing the new text. "parse" renames a
// function; "parse-newline" types Enter and then deletes the new line
// again, each from the version before, as typing does: every line below
// moves, and each version's parse takes the previous tree over (no one
// else holds it) and moves those statements in place;
// "parse-newline-pinned" adds a line to a version a request still holds,
// so the statements below are copied. "parse-error" leaves a syntax error
// ("total = =0"); "parse-unclosed" an unclosed bracket ("total = (0",
// which runs on to the function's return). "parse-full" parses without an
// earlier version, as on didOpen or while the file has had no version
// without errors. "analyze" also analyzes the renamed version and derives
// its static hints. The cases other than "parse-newline" edit one base
// version, pinned as a view would, so that no parse takes it over.
func BenchmarkReparse(b *testing.B) {
	base := newSnapshot("big.py", 1, benchSource(5000))
	if _, errs := base.parse(); len(errs) > 0 {
		b.Fatal(errs.Err())
	}
	base.pin()
	defer base.unpin()
	rename := func(i int) []contentChange {
		line := 3 + 10*(i%400)
		return []contentChange{{Range: rangeOf(line, 4, line, 9), Text: "count"}}
	}
	newline := func(i int) []contentChange {
		line := 4 + 10*(i%400)
		return []contentChange{{Range: rangeOf(line, 13, line, 13), Text: "\n"}}
	}
	edit := func(i int, changes []contentChange) *snapshot {
		next, lines, _, err := applyChanges(base.text, base.lines, changes)
		if err != nil {
			b.Fatal(err)
		}
		return base.next(int32(i+2), next, lines)
	}
	broken := func(i int) []contentChange {
		line := 4 + 10*(i%400)
		return []contentChange{{Range: rangeOf(line, 12, line, 12), Text: "="}}
	}
	unclosed := func(i int) []contentChange {
		line := 4 + 10*(i%400)
		return []contentChange{{Range: rangeOf(line, 12, line, 12), Text: "("}}
	}
	parse := func(changes func(int) []contentChange, wantErrs bool) func(b *testing.B) {
		return func(b *testing.B) {
			measure(b, func(i int) {
				if mod, errs := edit(i, changes(i)).parse(); mod == nil || (len(errs) > 0) != wantErrs {
					b.Fatalf("tree %v, errors %v", mod != nil, errs)
				}
			})
		}
	}
	b.Run("parse", parse(rename, false))
	b.Run("parse-newline", func(b *testing.B) {
		cur := newSnapshot("big.py", 1, base.text)
		cur.parse()
		measure(b, func(i int) {
			// Odd steps delete the line the step before added.
			line := 4 + 10*((i/2)%400)
			changes := []contentChange{{Range: rangeOf(line, 13, line, 13), Text: "\n"}}
			if i%2 == 1 {
				changes = []contentChange{{Range: rangeOf(line, 13, line+1, 0), Text: ""}}
			}
			text, lines, _, err := applyChanges(cur.text, cur.lines, changes)
			if err != nil {
				b.Fatal(err)
			}
			next := cur.next(int32(i+2), text, lines)
			if mod, errs := next.parse(); mod == nil || len(errs) > 0 {
				b.Fatalf("tree %v, errors %v", mod != nil, errs)
			}
			cur = next
		})
	})
	b.Run("parse-newline-pinned", parse(newline, false))
	b.Run("parse-error", parse(broken, true))
	b.Run("parse-unclosed", parse(unclosed, true))
	b.Run("parse-full", func(b *testing.B) {
		measure(b, func(i int) {
			next, _, _, err := applyChanges(base.text, base.lines, rename(i))
			if err != nil {
				b.Fatal(err)
			}
			if mod, _ := newSnapshot("big.py", int32(i+2), next).parse(); mod == nil {
				b.Fatal("no tree")
			}
		})
	})
	b.Run("analyze", func(b *testing.B) {
		measure(b, func(i int) {
			if p := edit(i, rename(i)).analysis(); p.file == nil {
				b.Fatal("no analysis")
			}
		})
	})
	// The diagnostics published after an edit: with a profile, its hints
	// (the analysis is not needed); without one, the static hints, which
	// need the analysis.
	diagnostics := func(prof *profileView) func(b *testing.B) {
		return func(b *testing.B) {
			measure(b, func(i int) {
				v := &view{snap: edit(i, rename(i)), settings: defaultSettings(), prof: prof}
				v.snap.pin()
				defer v.release()
				if d := v.diagnostics(); d == nil {
					b.Fatal("no diagnostics")
				}
			})
		}
	}
	b.Run("diagnostics-profiled", diagnostics(&profileView{}))
	b.Run("diagnostics-static", diagnostics(nil))
}

func rangeOf(l1, c1, l2, c2 int) *protocol.Range {
	return &protocol.Range{Start: protocol.Position{Line: uint32(l1), Character: uint32(c1)}, End: protocol.Position{Line: uint32(l2), Character: uint32(c2)}}
}
