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

// A mark that another one follows with only register copies and constants
// between them is dropped; one with work or a block's end after it stays.
func TestDropShadowedMarks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		build func(b *Block, a, c Reg)
		want  []int32 // ids of the marks kept, in order
	}{
		{"adjacent", func(b *Block, a, c Reg) { b.Mark(1); b.Mark(2) }, []int32{2}},
		{"move and constant between", func(b *Block, a, c Reg) { b.Mark(1); b.Move(a, c); b.ConstInt(c, 4); b.Mark(2) }, []int32{2}},
		{"work between", func(b *Block, a, c Reg) { b.Mark(1); b.Binary(OpAddInt, a, a, c, 0, a); b.Mark(2) }, []int32{1, 2}},
		{"last in block", func(b *Block, a, c Reg) { b.Move(a, c); b.Mark(1) }, []int32{1}},
		{"three in a row", func(b *Block, a, c Reg) { b.Mark(1); b.Mark(2); b.Move(a, c); b.Mark(3) }, []int32{3}},
	} {
		f := NewFunc("shadow")
		a := f.NewParam(Int)
		c := f.NewReg(Int)
		b := f.Entry()
		b.ConstInt(c, 1)
		tc.build(b, a, c)
		b.Return(a)
		f.dropShadowedMarks()
		var got []int32
		for _, in := range b.Instrs {
			if in.Op == OpMark {
				got = append(got, in.ID)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: marks %v, want %v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: marks %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

// A mark just before a jump is dropped when the target starts with a mark
// that work follows, and kept when the target's mark could go too (two
// blocks of marks and jumps keep theirs).
func TestDropShadowedMarksAcrossJump(t *testing.T) {
	for _, tc := range []struct {
		name       string
		targetWork bool // the target's mark is followed by work, not a jump
		want       []int32
	}{
		{"target mark kept", true, []int32{2}},
		{"target mark only before a jump", false, []int32{1, 2}},
	} {
		f := NewFunc("across")
		a := f.NewParam(Int)
		c := f.NewReg(Int)
		e := f.Entry()
		from, to, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
		e.ConstInt(c, 1)
		e.Jump(from, 0)
		from.Binary(OpAddInt, a, a, c, 0, a)
		from.Mark(1)
		from.Move(c, c)
		from.Jump(to, 0)
		to.Mark(2)
		if tc.targetWork {
			to.Binary(OpAddInt, a, a, c, 0, a)
			to.Jump(done, 0)
		} else {
			to.Jump(from, 0)
		}
		done.Return(a)
		f.dropShadowedMarks()
		var got []int32
		for _, b := range []*Block{from, to} {
			for _, in := range b.Instrs {
				if in.Op == OpMark {
					got = append(got, in.ID)
				}
			}
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] || got[len(got)-1] != tc.want[len(tc.want)-1] {
			t.Errorf("%s: marks %v, want %v", tc.name, got, tc.want)
		}
	}
}
