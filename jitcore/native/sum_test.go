package native

import "testing"

// sumFunc builds: s = 0; i = 1; while i <= n: s += i; i += 1; return s.
func sumFunc() (*Func, Reg) {
	f := NewFunc("sum")
	n := f.NewParam(Int)
	s, i, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(s, 0)
	e.ConstInt(i, 1)
	e.ConstInt(one, 1)
	e.Jump(head, 0)
	head.Compare(OpCmpInt, LE, c, i, n)
	head.Branch(c, body, done, 1)
	body.Binary(OpAddInt, s, s, i, 2, s, i)
	body.Binary(OpAddInt, i, i, one, 3, s, i)
	body.Jump(head, 4)
	done.Return(s)
	return f, n
}

func TestSumLoop(t *testing.T) {
	f, n := sumFunc()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, N := range []int64{0, 1, 10, 1000, 100000, 1 << 20} {
		fr := code.NewFrame()
		fr.SetInt(n, N)
		e, err := fr.Run(nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := N * (N + 1) / 2; e.Kind != ExitReturn || e.Value.Int() != want {
			t.Errorf("sum(%d) = %v, want %d", N, e, want)
		}
	}
	t.Logf("code size %d, compile %v", code.Stats.CodeSize, code.Stats.CompileTime)
}
