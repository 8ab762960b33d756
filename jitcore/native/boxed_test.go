package native

import (
	"math"
	"testing"
	"unsafe"
)

// record mimics the engine's boxed value: a tag, a payload, and two
// pointer words (an interface).
type record struct {
	tag uint8
	n   uint64
	o   any
}

const (
	tagInt   = 3
	tagFloat = 4
	tagNone  = 1
	tagObj   = 5
)

func TestBoxedLayout(t *testing.T) {
	var r record
	if unsafe.Sizeof(r) != BoxStride || unsafe.Offsetof(r.n) != BoxPayload {
		t.Fatalf("record: size %d, payload at %d", unsafe.Sizeof(r), unsafe.Offsetof(r.n))
	}
}

// boxedLoadStore builds `v = xs[i]; xs[j] = w; return v` over a boxed
// buffer of elements of type typ tagged tag.
func boxedLoadStore(typ Type, tag uint8) (*Func, [4]Reg) {
	f := NewFunc("boxed")
	xs := f.NewBoxedBuffer(typ, Box{Tag: tag, PtrTag: tagObj})
	i, j, w, v := f.NewParam(Int), f.NewParam(Int), f.NewParam(typ), f.NewReg(typ)
	e := f.Entry()
	e.Load(v, xs, i, 1, i, j, w)
	e.Store(xs, j, w, 2, i, j, w, v)
	e.Return(v)
	return f, [4]Reg{i, j, w, v}
}

func TestBoxedLoadStore(t *testing.T) {
	fl := func(x float64) uint64 { return math.Float64bits(x) }
	cases := []struct {
		name      string
		typ       Type
		tag       uint8
		recs      []record
		i, j      int64
		w         uint64
		want      Exit
		wantRecs  []record // after the run
		checkRecs bool
	}{
		{name: "int load and store", typ: Int, tag: tagInt, recs: []record{{tagInt, 7, nil}, {tagInt, 8, nil}}, i: 0, j: 1, w: 42,
			want: Exit{Kind: ExitReturn, Value: IntValue(7)}, wantRecs: []record{{tagInt, 7, nil}, {tagInt, 42, nil}}, checkRecs: true},
		{name: "negative indexes", typ: Int, tag: tagInt, recs: []record{{tagInt, 7, nil}, {tagInt, 8, nil}}, i: -1, j: -2, w: 5,
			want: Exit{Kind: ExitReturn, Value: IntValue(8)}, wantRecs: []record{{tagInt, 5, nil}, {tagInt, 8, nil}}, checkRecs: true},
		{name: "float", typ: Float, tag: tagFloat, recs: []record{{tagFloat, fl(1.5), nil}}, i: 0, j: 0, w: fl(-2),
			want: Exit{Kind: ExitReturn, Value: FloatValue(1.5)}, wantRecs: []record{{tagFloat, fl(-2), nil}}, checkRecs: true},
		{name: "load of a wrong kind deopts", typ: Int, tag: tagInt, recs: []record{{tagFloat, fl(1), nil}, {tagInt, 8, nil}}, i: 0, j: 1, w: 1,
			want: Exit{Kind: ExitDeopt, ID: 1}, wantRecs: []record{{tagFloat, fl(1), nil}, {tagInt, 8, nil}}, checkRecs: true},
		{name: "index past the end", typ: Int, tag: tagInt, recs: []record{{tagInt, 1, nil}}, i: 1, j: 0, w: 1,
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 1}},
		{name: "index before the start", typ: Int, tag: tagInt, recs: []record{{tagInt, 1, nil}}, i: -2, j: 0, w: 1,
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 1}},
		{name: "store index out of range", typ: Int, tag: tagInt, recs: []record{{tagInt, 1, nil}}, i: 0, j: 3, w: 1,
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 2}},
		{name: "store over an object deopts", typ: Int, tag: tagInt, recs: []record{{tagInt, 1, nil}, {tagObj, 0, "x"}}, i: 0, j: 1, w: 9,
			want: Exit{Kind: ExitDeopt, ID: 2}, wantRecs: []record{{tagInt, 1, nil}, {tagObj, 0, "x"}}, checkRecs: true},
		{name: "store over another scalar retags", typ: Int, tag: tagInt, recs: []record{{tagInt, 1, nil}, {tagNone, 0, nil}}, i: 0, j: 1, w: 9,
			want: Exit{Kind: ExitReturn, Value: IntValue(1)}, wantRecs: []record{{tagInt, 1, nil}, {tagInt, 9, nil}}, checkRecs: true},
		{name: "empty", typ: Float, tag: tagFloat, recs: []record{}, i: 0, j: 0, w: 0,
			want: Exit{Kind: ExitError, Err: ErrIndex, ID: 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, r := boxedLoadStore(tc.typ, tc.tag)
			code, err := Compile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, mode := range []string{"native", "interpret"} {
				recs := append([]record(nil), tc.recs...)
				ptr := unsafe.Pointer(unsafe.SliceData(recs))
				var e Exit
				if mode == "native" {
					fr := code.NewFrame()
					fr.Set(r[0], IntValue(tc.i))
					fr.Set(r[1], IntValue(tc.j))
					fr.Set(r[2], Value{tc.typ, tc.w})
					fr.SetBoxed(0, ptr, len(recs), recs)
					e, err = fr.Run(nil)
				} else {
					ifr := f.NewInterpFrame()
					ifr.Regs[r[0]], ifr.Regs[r[1]], ifr.Regs[r[2]] = uint64(tc.i), uint64(tc.j), tc.w
					ifr.Bufs[0] = BoxedRef{Ptr: ptr, Len: len(recs), Keep: recs}
					e, err = f.Interpret(ifr, nil)
				}
				if err != nil {
					t.Fatalf("%s: %v", mode, err)
				}
				if e.Kind != tc.want.Kind || e.ID != tc.want.ID || e.Err != tc.want.Err || e.Value != tc.want.Value {
					t.Errorf("%s: exit %+v, want %+v", mode, e, tc.want)
				}
				if tc.checkRecs {
					for k := range recs {
						if recs[k] != tc.wantRecs[k] {
							t.Errorf("%s: record %d = %+v, want %+v", mode, k, recs[k], tc.wantRecs[k])
						}
					}
				}
			}
		})
	}
}

func TestBoxedBindChecks(t *testing.T) {
	f, _ := boxedLoadStore(Int, tagInt)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	defer func() {
		if recover() == nil {
			t.Error("SetInts on a boxed buffer did not panic")
		}
	}()
	fr.SetInts(0, []int64{1})
}
