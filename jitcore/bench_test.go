package jitcore

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBasket runs each program of the shared benchmark basket once per
// iteration (output discarded).
func BenchmarkBasket(b *testing.B) {
	progs, _ := filepath.Glob("../../shared/bench/*.py")
	if env := os.Getenv("JITLENS_BENCH"); env != "" {
		progs = strings.Split(env, ",")
	}
	for _, p := range progs {
		b.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if st := Run(Options{Script: p, Stdout: io.Discard, Stderr: io.Discard}); st != 0 {
					b.Fatalf("exit status %d", st)
				}
			}
		})
	}
}
