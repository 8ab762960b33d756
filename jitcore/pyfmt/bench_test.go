package pyfmt

import (
	"math/big"
	"strings"
	"testing"
)

func BenchmarkFloatRepr(b *testing.B) {
	xs := []float64{0.1, 1e22, 123.456, 5e-324, 100.0}
	for i := 0; i < b.N; i++ {
		FloatRepr(xs[i%len(xs)])
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatFloat(1234567.891, ",.2f")
	}
}

func BenchmarkFormatIntSpec(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatInt(int64(i), "#010x")
	}
}

func BenchmarkParseInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseInt(" 123456789 ", 10)
	}
}

func BenchmarkParseFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseFloat("3.14159")
	}
}

func BenchmarkBigIntToString4300(b *testing.B) {
	z, _ := new(big.Int).SetString(strings.Repeat("9", 4300), 10)
	for i := 0; i < b.N; i++ {
		BigIntToString(z, 10)
	}
}

func BenchmarkFloatPowInteger(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FloatPow(1.0001, 3)
	}
}

func BenchmarkFloatPowFractional(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FloatPow(1.0001, 2.5)
	}
}

func BenchmarkRound(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Round(2.675, 2)
	}
}
