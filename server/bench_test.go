package server

import (
	"go.lsp.dev/protocol"
	"jitlens/analysis/syntax"

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
		lines += 11
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

// measure runs op b.N times and reports the 50th and 99th percentiles.
func measure(b *testing.B, op func(i int)) {
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		op(i)
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
}

// BenchmarkRequests measures hover, inlay hints and code actions, each a
// full round trip through the protocol, on a profiled 5,000-line file.
func BenchmarkRequests(b *testing.B) {
	c, uri := benchSession(b)
	b.Run("hover", func(b *testing.B) {
		measure(b, func(i int) {
			line := 3 + 11*(i%400)
			if _, err := c.call("textDocument/hover", map[string]any{"textDocument": docID(uri), "position": pos(line, 6)}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("inlayHint", func(b *testing.B) {
		measure(b, func(i int) {
			start := 11 * (i % 400)
			if _, err := c.call(methodInlayHint, map[string]any{"textDocument": docID(uri), "range": rng(start, 0, start+60, 0)}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("codeAction", func(b *testing.B) {
		measure(b, func(i int) {
			line := 4 + 11*(i%400)
			if _, err := c.call("textDocument/codeAction", map[string]any{"textDocument": docID(uri), "range": rng(line, 0, line, 10), "context": map[string]any{"diagnostics": []any{}}}); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// BenchmarkReparse measures an edit of a 5,000-line file: applying the
// change and parsing the new text ("parse", what syntax diagnostics need),
// then also analyzing it and deriving its static hints ("analyze").
func BenchmarkReparse(b *testing.B) {
	text := benchSource(5000)
	edit := func(i int) string {
		line := 3 + 11*(i%400)
		next, _, err := applyChanges(text, []contentChange{{Range: rangeOf(line, 4, line, 9), Text: "count"}})
		if err != nil {
			b.Fatal(err)
		}
		return next
	}
	b.Run("parse", func(b *testing.B) {
		measure(b, func(i int) {
			next := edit(i)
			syntax.NewLineIndex(next)
			if mod, _ := syntax.Parse("big.py", []byte(next)); mod == nil {
				b.Fatal("no tree")
			}
		})
	})
	b.Run("analyze", func(b *testing.B) {
		measure(b, func(i int) {
			if p := newSnapshot("big.py", int32(i), edit(i)).analysis(); p.file == nil {
				b.Fatal("no analysis")
			}
		})
	})
}

func rangeOf(l1, c1, l2, c2 int) *protocol.Range {
	return &protocol.Range{Start: protocol.Position{Line: uint32(l1), Character: uint32(c1)}, End: protocol.Position{Line: uint32(l2), Character: uint32(c2)}}
}
