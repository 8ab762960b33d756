package native

import (
	"fmt"
	"math"
	"testing"
)

// pyGet is Python's seq[i] written out for the tests: ok is false for an
// IndexError.
func pyGet(n, i int64) (int64, bool) {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, false
	}
	return i, true
}

func TestBufferIndexing(t *testing.T) {
	indexes := []int64{0, 1, 4, 5, 6, -1, -5, -6, -7, math.MinInt64, math.MaxInt64}
	for _, limit := range []int{math.MaxInt, 0} {
		poolLimit = limit
		for _, n := range []int64{0, 1, 5} {
			for _, idx := range indexes {
				for _, elem := range []Type{Int, Float} {
					for _, constIdx := range []bool{false, true} {
						name := fmt.Sprintf("%v/len=%d/idx=%d/const=%v/regs=%d", elem, n, idx, constIdx, min(limit, 99))
						t.Run(name, func(t *testing.T) { checkLoadStore(t, elem, n, idx, constIdx) })
					}
				}
			}
		}
	}
	poolLimit = math.MaxInt
}

// checkLoadStore runs: x = buf[idx]; buf[idx] = x * 2 + 1 (or x * 2.5);
// return len(buf) * 1000 + x (as int) or x, and checks it against Go.
func checkLoadStore(t *testing.T, elem Type, n, idx int64, constIdx bool) {
	f := NewFunc("loadstore")
	buf := f.NewBuffer(elem)
	var params []Value
	e := f.Entry()
	var i Reg
	if constIdx {
		i = f.NewReg(Int)
		e.ConstInt(i, idx)
	} else {
		i = f.NewParam(Int)
		params = append(params, IntValue(idx))
	}
	x, y, k, l := f.NewReg(elem), f.NewReg(elem), f.NewReg(elem), f.NewReg(Int)
	e.Load(x, buf, i, 10, i)
	if elem == Int {
		e.ConstInt(k, 2)
		e.Binary(OpMulInt, y, x, k, 11)
		e.ConstInt(k, 1)
		e.Binary(OpAddInt, y, y, k, 12)
	} else {
		e.ConstFloat(k, 2.5)
		e.Binary(OpMulFloat, y, x, k, 11)
	}
	e.Store(buf, i, y, 13, i)
	e.Len(l, buf)
	e.Return(x)
	ints := make([]int64, n)
	floats := make([]float64, n)
	for j := range ints {
		ints[j] = int64(j*10 - 7)
		floats[j] = float64(j)*1.5 - 2
	}
	bufs := []any{ints}
	if elem == Float {
		bufs = []any{floats}
	}
	got, after := runBoth(t, f, params, bufs, nil)
	j, inRange := pyGet(n, idx)
	if !inRange {
		if got.exit.Kind != ExitError || got.exit.Err != ErrIndex || got.exit.ID != 10 {
			t.Fatalf("exit %v, want IndexError at 10", got.exit)
		}
		return
	}
	if got.exit.Kind != ExitReturn {
		t.Fatalf("exit %v, want return", got.exit)
	}
	if elem == Int {
		if got.exit.Value.Int() != ints[j] || after[0].([]int64)[j] != ints[j]*2+1 {
			t.Fatalf("got %v and buffer %v, want %d then %d", got.exit, after[0], ints[j], ints[j]*2+1)
		}
	} else if got.exit.Value.Float() != floats[j] || after[0].([]float64)[j] != floats[j]*2.5 {
		t.Fatalf("got %v and buffer %v, want %v then %v", got.exit, after[0], floats[j], floats[j]*2.5)
	}
}

func TestBufferLenFollowsRebinding(t *testing.T) {
	// A call out appends to the list: Go rebinds the buffer and native code
	// sees the new length and backing array.
	f := NewFunc("rebind")
	buf := f.NewBuffer(Int)
	l1, l2, last, s := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	minus1 := f.NewReg(Int)
	e := f.Entry()
	e.Len(l1, buf)
	e.Call(NoReg, 0, nil, 20)
	e.Len(l2, buf)
	e.ConstInt(minus1, -1)
	e.Load(last, buf, minus1, 21)
	e.Binary(OpMulInt, s, l1, l2, 22)
	e.Binary(OpAddInt, s, s, last, 23)
	e.Return(s)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	list := []int64{1, 2, 3}
	fr.SetInts(buf, list)
	ex, err := fr.Run(&Hooks{Call: func(fn int, args []Value) (Value, error) {
		list = append(list, 100, 200)
		fr.SetInts(buf, list)
		return Value{}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(3*5 + 200); ex.Kind != ExitReturn || ex.Value.Int() != want {
		t.Fatalf("got %v, want %d", ex, want)
	}
}
