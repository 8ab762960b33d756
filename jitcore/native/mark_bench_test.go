package native

import "testing"

// markLoop builds a loop of float divisions and adds over an int counter,
// its body split into `marks` lines by OpMark (0: no marks), as the engine
// compiles it while a profiler is attached.
func markLoop(marks int) *Code {
	f := NewFunc("marks")
	n := f.NewParam(Int)
	i, one := f.NewReg(Int), f.NewReg(Int)
	s, c1, c2, fi := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
	cond := f.NewReg(Bool)
	e := f.Entry()
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.ConstFloat(s, 0)
	e.ConstFloat(c1, 1.0000001)
	e.ConstFloat(c2, 2.5)
	e.Jump(head, 0)
	head.Compare(OpCmpInt, LT, cond, i, n)
	head.Branch(cond, body, done, 1)
	mark := func(id int32) {
		if marks > 0 {
			body.Mark(id)
		}
	}
	mark(10)
	body.Binary(OpDivFloat, s, s, c1, 3, s)
	mark(11)
	body.Unary(OpIntToFloat, fi, i, 4)
	body.Binary(OpAddFloat, fi, fi, c2, 4)
	body.Binary(OpDivFloat, fi, c1, fi, 5)
	body.Binary(OpAddFloat, s, s, fi, 6)
	mark(12)
	body.Binary(OpAddInt, i, i, one, 7, i)
	body.Jump(head, 8)
	done.Return(i)
	code, err := Compile(f)
	if err != nil {
		panic(err)
	}
	return code
}

func benchMarks(b *testing.B, marks int) {
	code := markLoop(marks)
	fr := code.NewFrame()
	for b.Loop() {
		fr.SetInt(0, 1_000_000)
		if _, err := fr.Run(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarks0 and BenchmarkMarks3 run a million iterations of the same
// loop without and with three line marks per iteration: what compiled code
// pays for being profiled (bench/PROFILER-OVERHEAD.md).
func BenchmarkMarks0(b *testing.B) { benchMarks(b, 0) }

// BenchmarkMarks3: see BenchmarkMarks0.
func BenchmarkMarks3(b *testing.B) { benchMarks(b, 3) }
