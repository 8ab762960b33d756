package native

import "testing"

// A mark is visible after the code that stored it has left, and is the
// last one the code ran.
func TestMarkIsLastRun(t *testing.T) {
	f := NewFunc("marks")
	n := f.NewParam(Int)
	i, one := f.NewReg(Int), f.NewReg(Int)
	cond := f.NewReg(Bool)
	e := f.Entry()
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.Jump(head, 0)
	head.Mark(10)
	head.Compare(OpCmpInt, LT, cond, i, n)
	head.Branch(cond, body, done, 1)
	body.Mark(20)
	body.Binary(OpAddInt, i, i, one, 2, i)
	body.Mark(30)
	body.Jump(head, 3)
	done.Return(i)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		n    int64
		want int32
	}{{0, 10}, {5, 10}} {
		fr := code.NewFrame()
		if _, ok := fr.Mark(); ok {
			t.Fatalf("a new frame has a mark")
		}
		fr.SetInt(n, tc.n)
		if _, err := fr.Run(nil); err != nil {
			t.Fatal(err)
		}
		if m, ok := fr.Mark(); !ok || m != tc.want {
			t.Errorf("n=%d: mark %d, %v; want %d", tc.n, m, ok, tc.want)
		}
		fr.ResetMark()
		if _, ok := fr.Mark(); ok {
			t.Errorf("ResetMark kept the mark")
		}
	}
	ir := f.NewInterpFrame()
	ir.Regs[n] = IntValue(3).Bits
	if x, err := f.Interpret(ir, nil); err != nil || x.Value.Int() != 3 {
		t.Fatalf("the reference interpreter: %v, %v", x, err)
	}
}
