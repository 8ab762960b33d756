package jitcore

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBasketInterpreter runs the shared benchmark basket on the
// interpreter alone (the JIT off), without a profiler: the speed that the
// profiler's hooks in the interpreter loop must leave unchanged.
func BenchmarkBasketInterpreter(b *testing.B) {
	progs, _ := filepath.Glob("../../shared/bench/*.py")
	if env := os.Getenv("JITLENS_BENCH"); env != "" {
		progs = strings.Split(env, ",")
	}
	for _, p := range progs {
		b.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if st := Run(Options{Script: p, Stdout: io.Discard, Stderr: io.Discard, JIT: &JITOptions{Off: true}}); st != 0 {
					b.Fatalf("exit status %d", st)
				}
			}
		})
	}
}
