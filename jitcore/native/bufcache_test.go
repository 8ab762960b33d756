package native

import (
	"fmt"
	"math/rand"
	"testing"
	"unsafe"
)

// Buffer bases and lengths kept in registers over a run of accesses
// (bufcache.go): a call between two accesses that reallocates, shrinks or
// retypes the list must be seen after it; errors and deopts in the middle
// of a run exit at their own instruction with their own State.

// cachedRunFunc builds, in one block:
//
//	a = outer[0] (1); v0 = a[0] (2); v1 = a[1] (3); a[1] = v0 + v1 (4)
//	v2 = a[2] (5); call (6); v3 = a[1] (7); v4 = a[-1] (8); v5 = a[0] (9)
//	return v0 + v2 + v3 + v4 + v5
func cachedRunFunc() (*Func, int, []Reg) {
	f := NewFunc("cachedrun")
	outer := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Elem: ntype(&ninner{})})
	a := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	zero, one, two, last := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	v := make([]Reg, 6)
	for i := range v {
		v[i] = f.NewReg(Float)
	}
	s := f.NewReg(Float)
	e := f.Entry()
	e.ConstInt(zero, 0)
	e.ConstInt(one, 1)
	e.ConstInt(two, 2)
	e.ConstInt(last, -1)
	e.LoadBuffer(a, outer, zero, 1)
	e.Load(v[0], a, zero, 2)
	e.Load(v[1], a, one, 3, v[0])
	e.Binary(OpAddFloat, s, v[0], v[1], -1)
	e.Store(a, one, s, 4, v[0], v[1])
	e.Load(v[2], a, two, 5, v[0], v[1])
	e.Call(NoReg, 1, nil, 6, v[0], v[2])
	e.Load(v[3], a, one, 7, v[0], v[2])
	e.Load(v[4], a, last, 8, v[0], v[2], v[3])
	e.Load(v[5], a, zero, 9, v[0], v[2], v[3], v[4])
	e.Binary(OpAddFloat, s, v[0], v[2], -1)
	for _, r := range v[3:] {
		e.Binary(OpAddFloat, s, s, r, -1)
	}
	e.Return(s)
	return f, outer, v
}

func TestCachedBufferRuns(t *testing.T) {
	cases := []struct {
		name  string
		items []float64
		call  func(in *ninner) // what the call out does to the inner list
		want  Exit
		state []float64 // the State registers' values at an exit other than a return
	}{
		{name: "the call reallocates and grows the list", items: []float64{1, 2, 4},
			call: func(in *ninner) {
				in.items = append(append([]nrecord(nil), in.items...), nrecord{tagFloat, fl(64), nil})
				in.items[1].n = fl(16)
			},
			want: Exit{Kind: ExitReturn, Value: FloatValue(1 + 4 + 16 + 64 + 1)}},
		{name: "the call leaves the list alone", items: []float64{1, 2, 4},
			call: func(*ninner) {},
			want: Exit{Kind: ExitReturn, Value: FloatValue(1 + 4 + 3 + 4 + 1)}},
		{name: "the call shrinks the list", items: []float64{1, 2, 4},
			call: func(in *ninner) { in.items = in.items[:1] },
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 7}, state: []float64{1, 4}},
		{name: "the call stores an int over a checked float", items: []float64{1, 2, 4},
			call: func(in *ninner) { in.items[1] = nrecord{tagInt, 5, nil} },
			want: Exit{Kind: ExitDeopt, ID: 7}, state: []float64{1, 4}},
		{name: "the call shortens the list: a negative index", items: []float64{1, 2, 4},
			call: func(in *ninner) { in.items = append([]nrecord(nil), in.items[:2]...) },
			want: Exit{Kind: ExitReturn, Value: FloatValue(1 + 4 + 3 + 3 + 1)}},
		{name: "index error in the middle of a run", items: []float64{1, 2},
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 5}, state: []float64{1, 2}},
		{name: "deopt in the middle of a run", items: []float64{1, 2, 4},
			want: Exit{Kind: ExitDeopt, ID: 3}, state: []float64{1}},
		{name: "index error at the first access", items: nil,
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 2}},
	}
	f, outer, v := cachedRunFunc()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, mode := range []string{"native", "interpret"} {
				inner := floats(tc.items...)
				if tc.name == "deopt in the middle of a run" {
					inner.items[1] = nrecord{tagInt, 2, nil}
				}
				recs := objs(inner)
				ptr := unsafe.Pointer(unsafe.SliceData(recs))
				hooks := &Hooks{Call: func(int, []Value) (Value, error) {
					if tc.call != nil {
						tc.call(inner)
					}
					return Value{}, nil
				}}
				var e Exit
				var get func(Reg) Value
				if mode == "native" {
					fr := code.NewFrame()
					fr.SetBoxed(outer, ptr, len(recs), recs)
					e, err = fr.Run(hooks)
					get = fr.Get
				} else {
					ifr := f.NewInterpFrame()
					ifr.Bufs[outer] = BoxedRef{Ptr: ptr, Len: len(recs), Keep: recs}
					e, err = f.Interpret(ifr, hooks)
					get = func(r Reg) Value { return Value{Type: Float, Bits: ifr.Regs[r]} }
				}
				if err != nil {
					t.Fatalf("%s: %v", mode, err)
				}
				if e.Kind != tc.want.Kind || e.ID != tc.want.ID || e.Err != tc.want.Err || e.Value != tc.want.Value {
					t.Fatalf("%s: exit %+v, want %+v", mode, e, tc.want)
				}
				if e.Kind == ExitReturn {
					continue
				}
				state := exitState(f, e)
				if len(state) != len(tc.state) {
					t.Fatalf("%s: state %v, want %d values", mode, state, len(tc.state))
				}
				for k, r := range state {
					if got := get(r); got.Float() != tc.state[k] {
						t.Errorf("%s: state r%d = %v, want %v", mode, r, got.Float(), tc.state[k])
					}
				}
			}
		})
	}
	_ = v
}

// TestCachedBufferPlan checks that the program above exercises the cached
// paths: bases in registers, known tags, lengths already checked, and
// nothing cached across the call.
func TestCachedBufferPlan(t *testing.T) {
	f, _, _ := cachedRunFunc()
	al := allocate(f)
	plan := planBuffers(f, al)
	var cached, known, inRange int
	for p := range plan.use {
		if plan.use[p].base != 0 {
			cached++
		}
	}
	for _, ok := range plan.known {
		if ok {
			known++
		}
	}
	for _, ok := range plan.inRange {
		if ok {
			inRange++
		}
	}
	if _, ok := plan.def[4]; !ok || cached == 0 || known == 0 || inRange == 0 {
		t.Errorf("plan: def %v, %d cached uses, %d known tags, %d checked lengths", plan.def, cached, known, inRange)
	}
	call := 4 + 6 // the call's position: after the four constants
	if f.Blocks[0].Instrs[call].Op != OpCall || plan.inside[call] {
		t.Errorf("position %d (%v) is inside a cached run", call, f.Blocks[0].Instrs[call].Op)
	}
	// after the call: a[1] is checked and loads its tag again
	if plan.known[call+1] || plan.inRange[call+1] || !plan.use[call+1].load && plan.use[call+1].base != 0 {
		t.Errorf("the access after the call trusts the run before it: %+v known=%v inRange=%v",
			plan.use[call+1], plan.known[call+1], plan.inRange[call+1])
	}
}

// TestCachedBufferAliasTags: an int buffer and a float buffer bound to one
// list; an int store through one must make the other's load of the same
// record check its tag again (and deopt).
func TestCachedBufferAliasTags(t *testing.T) {
	f := NewFunc("aliastags")
	outer := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Elem: ntype(&ninner{})})
	a := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	b := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Dynamic: true})
	zero, one, n := f.NewReg(Int), f.NewReg(Int), f.NewParam(Int)
	v, w, s := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
	e := f.Entry()
	e.ConstInt(zero, 0)
	e.ConstInt(one, 1)
	e.LoadBuffer(a, outer, zero, 1)
	e.LoadBuffer(b, outer, one, 2)
	e.Load(v, a, zero, 3)
	e.Store(b, zero, n, 4, v)
	e.Load(w, a, zero, 5, v)
	e.Binary(OpAddFloat, s, v, w, -1)
	e.Return(s)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	shared := floats(2)
	recs := objs(shared, shared)
	fr := code.NewFrame()
	fr.SetInt(n, 7)
	fr.SetBoxed(outer, unsafe.Pointer(unsafe.SliceData(recs)), len(recs), recs)
	ex, err := fr.Run(nil)
	if err != nil || ex.Kind != ExitDeopt || ex.ID != 5 {
		t.Fatalf("exit %+v, %v; want a deopt at 5", ex, err)
	}
	if shared.items[0].tag != tagInt || shared.items[0].n != 7 {
		t.Errorf("record %+v, want the int 7", shared.items[0])
	}
}

// TestCachedBufferLengthGuard: a guard on len(t) == 2 (an unpacking)
// proves indexes 0 and 1 in range, unless the length register changed
// between the len and the compare.
func TestCachedBufferLengthGuard(t *testing.T) {
	build := func(bump bool) (*Func, int, [2]int) {
		f := NewFunc("unpack")
		tb := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj})
		n, two, one, zero, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
		x, y, s := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
		e := f.Entry()
		e.ConstInt(two, 2)
		e.ConstInt(one, 1)
		e.ConstInt(zero, 0)
		e.Len(n, tb)
		if bump {
			e.Binary(OpAddIntWrap, n, n, one, -1)
		}
		e.Compare(OpCmpInt, EQ, c, n, two)
		e.Guard(c, 1)
		pos := len(e.Instrs)
		e.Load(x, tb, one, 2)
		e.Load(y, tb, zero, 3, x)
		e.Binary(OpAddFloat, s, x, y, -1)
		e.Return(s)
		return f, tb, [2]int{pos, pos + 1}
	}
	for _, bump := range []bool{false, true} {
		f, tb, loads := build(bump)
		plan := planBuffers(f, allocate(f))
		// the second load is in range either way: the first checked 1
		if plan.inRange[loads[0]] == bump || !plan.inRange[loads[1]] {
			t.Errorf("bump=%v: loads in range: %v, %v", bump, plan.inRange[loads[0]], plan.inRange[loads[1]])
		}
		f, tb, _ = build(bump)
		code, err := Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, items := range [][]float64{{1, 2}, {1}, {1, 2, 4}} {
			recs := floats(items...).items
			fr := code.NewFrame()
			fr.SetBoxed(tb, unsafe.Pointer(unsafe.SliceData(recs)), len(recs), recs)
			ex, err := fr.Run(nil)
			want := Exit{Kind: ExitDeopt, ID: 1}
			if len(items)+btoi(bump) == 2 {
				want = Exit{Kind: ExitReturn, Value: FloatValue(3)}
				if bump {
					want = Exit{Kind: ExitError, Err: ErrIndex, ID: 2}
				}
			}
			if err != nil || ex.Kind != want.Kind || ex.ID != want.ID || ex.Err != want.Err || ex.Value != want.Value {
				t.Errorf("bump=%v items %v: exit %+v, %v; want %+v", bump, items, ex, err, want)
			}
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestCachedBufferRandom runs random straight-line programs of constant
// index loads and stores on inner lists (two float buffers and an int
// buffer, often bound to one list), calls out that resize or retype the
// lists, and unpacking-style length guards, natively and on the reference
// interpreter: exits, State values and the lists must agree.
func TestCachedBufferRandom(t *testing.T) {
	rnd := rand.New(rand.NewSource(20261122))
	for prog := 0; prog < 1500; prog++ {
		f := NewFunc("random")
		outer := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Elem: ntype(&ninner{})})
		bufs := []int{
			f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true}),
			f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true}),
			f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Dynamic: true}),
		}
		consts := map[int64]Reg{}
		e := f.Entry()
		k := func(v int64) Reg {
			if r, ok := consts[v]; ok {
				return r
			}
			r := f.NewReg(Int)
			e.ConstInt(r, v)
			consts[v] = r
			return r
		}
		var fs, is []Reg
		for i := 0; i < 3; i++ {
			fs, is = append(fs, f.NewReg(Float)), append(is, f.NewReg(Int))
			e.ConstFloat(fs[i], float64(i)+0.25)
			e.Move(is[i], k(int64(i+10)))
		}
		state := append(append([]Reg(nil), fs...), is...)
		id := int32(0)
		next := func() int32 { id++; return id }
		for i, b := range bufs {
			e.LoadBuffer(b, outer, k(int64(rnd.Intn(2)*min(i, 1))), next(), state...)
		}
		for n := 5 + rnd.Intn(25); n > 0; n-- {
			bi := []int{0, 0, 1, 1, 2}[rnd.Intn(5)]
			ix := int64(rnd.Intn(6))
			if rnd.Intn(8) == 0 {
				ix = -1 - int64(rnd.Intn(2))
			}
			b, idx := bufs[bi], k(ix)
			vals := fs
			if bi == 2 {
				vals = is
			}
			switch op := rnd.Intn(10); {
			case op < 4:
				e.Load(vals[rnd.Intn(3)], b, idx, next(), state...)
			case op < 7:
				e.Store(b, idx, vals[rnd.Intn(3)], next(), state...)
			case op == 7:
				e.Call(NoReg, 1, nil, next(), state...)
			case op == 8:
				e.Binary(OpAddFloat, fs[rnd.Intn(3)], fs[rnd.Intn(3)], fs[rnd.Intn(3)], -1)
				e.Binary(OpAddIntWrap, is[rnd.Intn(3)], is[rnd.Intn(3)], k(1), -1)
			default:
				l, c := f.NewReg(Int), f.NewReg(Bool)
				e.Len(l, b)
				e.Compare(OpCmpInt, []Cond{EQ, GE, GT}[rnd.Intn(3)], c, l, k(int64(rnd.Intn(5))))
				e.Guard(c, next(), state...)
			}
		}
		e.Return(fs[0])
		code, err := Compile(f)
		if err != nil {
			t.Fatalf("program %d: %v\n%s", prog, err, f.Dump())
		}
		seed := rnd.Int63()
		mkList := func(r *rand.Rand) *ninner {
			in := &ninner{}
			for j := 3 + r.Intn(5); j > 0; j-- {
				if r.Intn(12) == 0 {
					in.items = append(in.items, nrecord{tagInt, uint64(r.Intn(9)), nil})
				} else {
					in.items = append(in.items, nrecord{tagFloat, fl(float64(r.Intn(9))), nil})
				}
			}
			return in
		}
		var results [2]string
		for mode := range 2 {
			r := rand.New(rand.NewSource(seed))
			l0, l1 := mkList(r), mkList(r)
			recs := objs(l0, l1)
			ptr := unsafe.Pointer(unsafe.SliceData(recs))
			hooks := &Hooks{Call: func(int, []Value) (Value, error) {
				l := []*ninner{l0, l1}[r.Intn(2)]
				switch r.Intn(3) {
				case 0: // grow into a new array
					l.items = append(append([]nrecord(nil), l.items...), nrecord{tagFloat, fl(1.5), nil})
				case 1: // shrink
					l.items = l.items[:len(l.items)/2]
				default: // retype the first item
					if len(l.items) > 0 {
						l.items[0] = nrecord{tagInt, 7, nil}
					}
				}
				return Value{}, nil
			}}
			var ex Exit
			var get func(Reg) uint64
			if mode == 0 {
				fr := code.NewFrame()
				fr.SetBoxed(outer, ptr, len(recs), recs)
				ex, err = fr.Run(hooks)
				get = func(r Reg) uint64 { return fr.Get(r).Bits }
			} else {
				ifr := f.NewInterpFrame()
				ifr.Bufs[outer] = BoxedRef{Ptr: ptr, Len: len(recs), Keep: recs}
				ex, err = f.Interpret(ifr, hooks)
				get = func(r Reg) uint64 { return ifr.Regs[r] }
			}
			if err != nil {
				t.Fatalf("program %d: %v", prog, err)
			}
			out := fmt.Sprintf("exit %v/%d/%v/%x", ex.Kind, ex.ID, ex.Err, ex.Value.Bits)
			if ex.Kind != ExitReturn {
				for _, r := range exitState(f, ex) {
					out += fmt.Sprintf(" r%d=%x", r, get(r))
				}
			}
			for _, l := range []*ninner{l0, l1} {
				for _, it := range l.items {
					out += fmt.Sprintf(" %d:%x", it.tag, it.n)
				}
				out += " |"
			}
			results[mode] = out
		}
		if results[0] != results[1] {
			t.Fatalf("program %d:\nnative      %s\ninterpreter %s\n%s", prog, results[0], results[1], f.Dump())
		}
	}
}
