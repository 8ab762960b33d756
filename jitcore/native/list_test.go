package native

import (
	"math"
	"testing"
)

// sumSquares builds the translation of
//
//	def f(xs: list[float]) -> float:
//	    t = 0.0
//	    for i in range(len(xs)):
//	        t += xs[i] * xs[i]
//	    return t
func sumSquares() *Func {
	f := NewFunc("sumsquares")
	xs := f.NewBuffer(Float)
	t, x := f.NewReg(Float), f.NewReg(Float)
	i, n, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstFloat(t, 0)
	e.Len(n, xs)
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.Jump(head, 1)
	head.Compare(OpCmpInt, LT, c, i, n)
	head.Branch(c, body, done, 2)
	body.Load(x, xs, i, 3, t, i)
	body.Binary(OpMulFloat, x, x, x, 4)
	body.Binary(OpAddFloat, t, t, x, 5)
	body.Binary(OpAddInt, i, i, one, 6, t, i)
	body.Jump(head, 7)
	done.Return(t)
	return f
}

func floatList(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = math.Sin(float64(i))
	}
	return xs
}

//go:noinline
func goSumSquares(xs []float64) float64 {
	t := 0.0
	for i := 0; i < len(xs); i++ {
		t += xs[i] * xs[i]
	}
	return t
}

func TestFloatListLoop(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100000} {
		xs := floatList(n)
		got, _ := runBoth(t, sumSquares(), nil, []any{xs}, nil)
		if got.exit.Kind != ExitReturn || got.exit.Value.Float() != goSumSquares(xs) {
			t.Fatalf("n=%d: %v, want %v", n, got.exit, goSumSquares(xs))
		}
	}
}

func BenchmarkFloatListNative(b *testing.B) {
	code, err := Compile(sumSquares())
	if err != nil {
		b.Fatal(err)
	}
	xs := floatList(1_000_000)
	fr := code.NewFrame()
	fr.SetFloats(0, xs)
	for b.Loop() {
		if e, err := fr.Run(nil); err != nil || e.Kind != ExitReturn {
			b.Fatal(e, err)
		}
	}
}

func BenchmarkFloatListGo(b *testing.B) {
	xs := floatList(1_000_000)
	for b.Loop() {
		goSumSquares(xs)
	}
}
