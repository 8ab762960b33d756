package syntax

import "testing"

// BenchmarkParseGenerated parses a generated 1 MB file of common statement
// forms; go run ./analysis/syntax/internal/parsebench measures the whole
// standard library beside CPython.
func BenchmarkParseGenerated(b *testing.B) {
	src := generatedFile(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Parse("gen.py", src); len(errs) > 0 {
			b.Fatal(errs.Err())
		}
	}
}

// BenchmarkDump prints the tree of the same file with positions.
func BenchmarkDump(b *testing.B) {
	src := generatedFile(1 << 20)
	mod, errs := Parse("gen.py", src)
	if len(errs) > 0 {
		b.Fatal(errs.Err())
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Dump(mod, true)
	}
}
