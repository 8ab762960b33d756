package native

import (
	"strings"
	"testing"
)

func TestVerifyRejectsMalformedPrograms(t *testing.T) {
	cases := []struct {
		name  string
		build func() *Func
		want  string
	}{
		{"no terminator", func() *Func {
			f := NewFunc("f")
			f.Entry().ConstInt(f.NewReg(Int), 1)
			return f
		}, "does not end with a terminator"},
		{"terminator in the middle", func() *Func {
			f := NewFunc("f")
			f.Entry().Return(NoReg)
			f.Entry().Return(NoReg)
			return f
		}, "terminator return in the middle"},
		{"operand type", func() *Func {
			f := NewFunc("f")
			x, y := f.NewParam(Int), f.NewParam(Float)
			f.Entry().Binary(OpAddInt, x, x, y, 1)
			f.Entry().Return(x)
			return f
		}, "is float, want int"},
		{"move between types", func() *Func {
			f := NewFunc("f")
			x, y := f.NewParam(Int), f.NewReg(Float)
			f.Entry().Move(y, x)
			f.Entry().Return(y)
			return f
		}, "move of int into float"},
		{"read before assignment on one path", func() *Func {
			f := NewFunc("f")
			c, x := f.NewParam(Bool), f.NewReg(Int)
			yes, join := f.NewBlock(), f.NewBlock()
			f.Entry().Branch(c, yes, join, 1)
			yes.ConstInt(x, 1)
			yes.Jump(join, 2)
			join.Return(x)
			return f
		}, "may be read before it is assigned"},
		{"state read before assignment", func() *Func {
			f := NewFunc("f")
			x := f.NewReg(Int)
			f.Entry().Deopt(1, x)
			return f
		}, "may be read before it is assigned"},
		{"unknown buffer", func() *Func {
			f := NewFunc("f")
			x := f.NewReg(Int)
			f.Entry().Len(x, 3)
			f.Entry().Return(x)
			return f
		}, "no buffer 3"},
		{"target in another function", func() *Func {
			f, g := NewFunc("f"), NewFunc("g")
			f.Entry().Jump(g.Entry(), 1)
			return f
		}, "target outside the function"},
		{"unknown register", func() *Func {
			f := NewFunc("f")
			f.Entry().Return(Reg(5))
			return f
		}, "no register 5"},
		{"bad condition", func() *Func {
			f := NewFunc("f")
			x, c := f.NewParam(Int), f.NewReg(Bool)
			f.Entry().Compare(OpCmpInt, Cond(9), c, x, x)
			f.Entry().Return(c)
			return f
		}, "bad condition"},
	}
	for _, tc := range cases {
		f := tc.build()
		err := f.Verify()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", tc.name, err, tc.want)
		}
		if _, cerr := Compile(f); cerr == nil {
			t.Errorf("%s: Compile accepted it", tc.name)
		}
	}
}
