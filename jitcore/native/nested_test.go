package native

import (
	"math"
	"testing"
	"unsafe"
)

// Containers of containers (nested.go): records holding a non-empty
// interface, as the engine's values do.

type nobj interface{ isNobj() }

// ninner mimics a list: its records first.
type ninner struct{ items []nrecord }

// nother is an object of another type with the same layout.
type nother struct{ items []nrecord }

func (*ninner) isNobj() {}
func (*nother) isNobj() {}

type nrecord struct {
	tag uint8
	n   uint64
	o   nobj
}

func ntype(o nobj) uintptr {
	var e any = o
	return (*[2]uintptr)(unsafe.Pointer(&e))[0]
}

func TestNestedLayout(t *testing.T) {
	var r nrecord
	if unsafe.Sizeof(r) != BoxStride || unsafe.Offsetof(r.o) != BoxType {
		t.Fatalf("record: size %d, interface at %d", unsafe.Sizeof(r), unsafe.Offsetof(r.o))
	}
	var o nobj = &ninner{}
	itab := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
	if *(*uintptr)(unsafe.Add(itab, ITabType)) != ntype(o) {
		t.Fatal("the itab does not name the type at ITabType")
	}
}

func fl(x float64) uint64 { return math.Float64bits(x) }

func floats(xs ...float64) *ninner {
	in := &ninner{}
	for _, x := range xs {
		in.items = append(in.items, nrecord{tagFloat, fl(x), nil})
	}
	return in
}

func objs(os ...nobj) []nrecord {
	var recs []nrecord
	for _, o := range os {
		recs = append(recs, nrecord{tagObj, 0, o})
	}
	return recs
}

// nestedFunc builds: a = outer[i] (id 1); v = a[j] (id 2); a[k] = w
// (id 3); return v.
func nestedFunc() (*Func, int, [5]Reg) {
	f := NewFunc("nested")
	outer := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Elem: ntype(&ninner{})})
	a := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	i, j, k, w, v := f.NewParam(Int), f.NewParam(Int), f.NewParam(Int), f.NewParam(Float), f.NewReg(Float)
	e := f.Entry()
	e.LoadBuffer(a, outer, i, 1, i, j, k, w)
	e.Load(v, a, j, 2, i, j, k, w)
	e.Store(a, k, w, 3, i, j, k, w, v)
	e.Return(v)
	return f, outer, [5]Reg{i, j, k, w, v}
}

func TestNestedLoadStore(t *testing.T) {
	cases := []struct {
		name    string
		outer   func() []nrecord
		i, j, k int64
		w       float64
		want    Exit
		check   func(t *testing.T, recs []nrecord)
	}{
		{name: "load and store an inner element", outer: func() []nrecord { return objs(floats(1, 2), floats(3, 4, 5)) },
			i: 1, j: 2, k: 0, w: 9, want: Exit{Kind: ExitReturn, Value: FloatValue(5)},
			check: func(t *testing.T, recs []nrecord) {
				if got := recs[1].o.(*ninner).items[0].n; got != fl(9) {
					t.Errorf("inner element = %v, want 9", math.Float64frombits(got))
				}
			}},
		{name: "negative outer index", outer: func() []nrecord { return objs(floats(1), floats(7)) },
			i: -1, j: 0, k: 0, w: 1, want: Exit{Kind: ExitReturn, Value: FloatValue(7)}},
		{name: "inner of another type deopts", outer: func() []nrecord { return objs(floats(1), &nother{}) },
			i: 1, j: 0, k: 0, w: 1, want: Exit{Kind: ExitDeopt, ID: 1}},
		{name: "a scalar where a container is deopts", outer: func() []nrecord { return []nrecord{{tagFloat, fl(1), nil}} },
			i: 0, j: 0, k: 0, w: 1, want: Exit{Kind: ExitDeopt, ID: 1}},
		{name: "an object tag with a nil interface deopts", outer: func() []nrecord { return []nrecord{{tagObj, 0, nil}} },
			i: 0, j: 0, k: 0, w: 1, want: Exit{Kind: ExitDeopt, ID: 1}},
		{name: "outer index out of range", outer: func() []nrecord { return objs(floats(1)) },
			i: 1, j: 0, k: 0, w: 1, want: Exit{Kind: ExitError, Err: ErrIndex, ID: 1}},
		{name: "inner list shorter than the index", outer: func() []nrecord { return objs(floats(1, 2)) },
			i: 0, j: 2, k: 0, w: 1, want: Exit{Kind: ExitError, Err: ErrIndex, ID: 2}},
		{name: "inner store out of range", outer: func() []nrecord { return objs(floats(1, 2)) },
			i: 0, j: 0, k: -3, w: 1, want: Exit{Kind: ExitError, Err: ErrIndex, ID: 3}},
		{name: "inner element of a wrong kind deopts", outer: func() []nrecord { return objs(&ninner{items: []nrecord{{tagInt, 1, nil}}}) },
			i: 0, j: 0, k: 0, w: 1, want: Exit{Kind: ExitDeopt, ID: 2}},
	}
	f, outer, r := nestedFunc()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, mode := range []string{"native", "interpret"} {
				recs := tc.outer()
				ptr := unsafe.Pointer(unsafe.SliceData(recs))
				var e Exit
				if mode == "native" {
					fr := code.NewFrame()
					fr.SetInt(r[0], tc.i)
					fr.SetInt(r[1], tc.j)
					fr.SetInt(r[2], tc.k)
					fr.SetFloat(r[3], tc.w)
					fr.SetBoxed(outer, ptr, len(recs), recs)
					e, err = fr.Run(nil)
				} else {
					ifr := f.NewInterpFrame()
					ifr.Regs[r[0]], ifr.Regs[r[1]], ifr.Regs[r[2]], ifr.Regs[r[3]] = uint64(tc.i), uint64(tc.j), uint64(tc.k), fl(tc.w)
					ifr.Bufs[outer] = BoxedRef{Ptr: ptr, Len: len(recs), Keep: recs}
					e, err = f.Interpret(ifr, nil)
				}
				if err != nil {
					t.Fatalf("%s: %v", mode, err)
				}
				if e.Kind != tc.want.Kind || e.ID != tc.want.ID || e.Err != tc.want.Err || e.Value != tc.want.Value {
					t.Errorf("%s: exit %+v, want %+v", mode, e, tc.want)
				}
				if tc.check != nil {
					tc.check(t, recs)
				}
			}
		})
	}
}

// TestNestedAliasAndCalls: two names for one inner list see each other's
// stores; a call out that reallocates the inner list and replaces it in
// the outer one leaves the name bound to the object it had, with its new
// items (as Python's names do).
func TestNestedAliasAndCalls(t *testing.T) {
	f := NewFunc("alias")
	outer := f.NewBoxedBuffer(Int, Box{Tag: tagInt, PtrTag: tagObj, Elem: ntype(&ninner{})})
	a := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	b := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	c := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	zero, one, two, w := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewParam(Float)
	v1, v2, v3 := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
	e := f.Entry()
	e.ConstInt(zero, 0)
	e.ConstInt(one, 1)
	e.ConstInt(two, 2)
	e.LoadBuffer(a, outer, zero, 1)
	e.LoadBuffer(b, outer, one, 2)
	e.CopyBuffer(c, a)
	e.Store(b, zero, w, 3)
	e.Load(v1, a, zero, 4) // a and b are one list: w
	e.Call(NoReg, 7, nil, 5)
	e.Load(v2, c, two, 6) // the item the call appended
	e.LoadBuffer(a, outer, zero, 7)
	e.Load(v3, a, zero, 8) // the list the call put in its place
	s1, s2 := f.NewReg(Float), f.NewReg(Float)
	e.Binary(OpMulFloat, s1, v1, v2, -1)
	e.Binary(OpAddFloat, s2, s1, v3, -1)
	e.Return(s2)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"native", "interpret"} {
		shared := floats(1)
		recs := objs(shared, shared)
		ptr := unsafe.Pointer(unsafe.SliceData(recs))
		hooks := &Hooks{Call: func(fn int, args []Value) (Value, error) {
			// grow the shared list into a new array, and replace it in the outer list
			shared.items = append(append([]nrecord(nil), shared.items...), nrecord{tagFloat, fl(10), nil}, nrecord{tagFloat, fl(100), nil})
			recs[0] = nrecord{tagObj, 0, floats(1000)}
			return Value{}, nil
		}}
		var ex Exit
		if mode == "native" {
			fr := code.NewFrame()
			fr.SetFloat(w, 3)
			fr.SetBoxed(outer, ptr, len(recs), recs)
			ex, err = fr.Run(hooks)
			if err == nil && fr.Object(c) != unsafe.Pointer(shared) {
				t.Errorf("native: the copied buffer is bound to %p, want %p", fr.Object(c), shared)
			}
		} else {
			ifr := f.NewInterpFrame()
			ifr.Regs[w] = fl(3)
			ifr.Bufs[outer] = BoxedRef{Ptr: ptr, Len: len(recs), Keep: recs}
			ex, err = f.Interpret(ifr, hooks)
		}
		if err != nil {
			t.Fatalf("%s: %v", mode, err)
		}
		if want := FloatValue(3*100 + 1000); ex.Kind != ExitReturn || ex.Value != want {
			t.Errorf("%s: exit %+v, want a return of %v", mode, ex, want.Float())
		}
	}
}

// TestNestedSetObject binds a dynamic buffer from Go and reads it back.
func TestNestedSetObject(t *testing.T) {
	f := NewFunc("setobj")
	a := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	i, v := f.NewParam(Int), f.NewReg(Float)
	e := f.Entry()
	e.Load(v, a, i, 1, i)
	e.Return(v)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	in := floats(2, 4)
	fr.SetObject(a, unsafe.Pointer(in))
	fr.SetInt(i, -1)
	ex, err := fr.Run(nil)
	if err != nil || ex.Value != FloatValue(4) {
		t.Fatalf("exit %+v, %v; want a return of 4", ex, err)
	}
	if fr.Object(a) != unsafe.Pointer(in) {
		t.Error("Object does not return the bound object")
	}
	fr.ClearBuffers()
	if fr.Object(a) != nil {
		t.Error("ClearBuffers left the object bound")
	}
}

func TestNestedVerify(t *testing.T) {
	f := NewFunc("bad")
	plain := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj})
	dyn := f.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	i := f.NewParam(Int)
	e := f.Entry()
	e.LoadBuffer(dyn, plain, i, 1) // plain holds no containers
	e.Return(NoReg)
	if err := f.Verify(); err == nil {
		t.Error("a load of a container out of a buffer of scalars verified")
	}
	g := NewFunc("bad2")
	p := g.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj})
	d := g.NewBoxedBuffer(Float, Box{Tag: tagFloat, PtrTag: tagObj, Dynamic: true})
	g.Entry().CopyBuffer(p, d)
	g.Entry().Return(NoReg)
	if err := g.Verify(); err == nil {
		t.Error("a copy into a buffer that is not dynamic verified")
	}
}
