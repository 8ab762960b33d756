package native

import (
	"fmt"
	"math"
	"testing"
)

// TestByteBuffer loads and stores bytes (natively and with Interpret):
// x = buf[idx]; buf[idx] = 1 - x; buf[other] = v; return len(buf)*1000 + x,
// with the index and the stored value constants or parameters, and with
// and without registers to spare.
func TestByteBuffer(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 0} {
		poolLimit = limit
		for _, n := range []int64{0, 1, 6} {
			for _, idx := range []int64{0, 1, 5, 6, -1, -6, -7, math.MinInt64} {
				for _, constIdx := range []bool{false, true} {
					for _, v := range []int64{0, 1, 255} {
						name := fmt.Sprintf("len=%d/idx=%d/const=%v/v=%d/regs=%d", n, idx, constIdx, v, min(limit, 99))
						t.Run(name, func(t *testing.T) { checkByteBuffer(t, n, idx, v, constIdx) })
					}
				}
			}
		}
	}
	poolLimit = math.MaxInt
}

func checkByteBuffer(t *testing.T, n, idx, v int64, constIdx bool) {
	f := NewFunc("bytes")
	buf := f.NewByteBuffer()
	var params []Value
	e := f.Entry()
	i, val := f.NewReg(Int), f.NewReg(Int)
	if constIdx {
		e.ConstInt(i, idx)
		e.ConstInt(val, v)
	} else {
		i, val = f.NewParam(Int), f.NewParam(Int)
		params = append(params, IntValue(idx), IntValue(v))
	}
	x, y, one, l, r, thousand, last := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	e.Load(x, buf, i, 10, i)
	e.ConstInt(one, 1)
	e.Binary(OpSubInt, y, one, x, 11)
	e.Store(buf, i, y, 12, i)
	e.ConstInt(last, -1)
	e.Store(buf, last, val, 13)
	e.Len(l, buf)
	e.ConstInt(thousand, 1000)
	e.Binary(OpMulInt, r, l, thousand, 14)
	e.Binary(OpAddInt, r, r, x, 15)
	e.Return(r)
	bytes := make([]uint8, n)
	for j := range bytes {
		bytes[j] = uint8(j % 2)
	}
	got, after := runBoth(t, f, params, []any{bytes}, nil)
	j, inRange := pyGet(n, idx)
	if !inRange {
		if got.exit.Kind != ExitError || got.exit.Err != ErrIndex || got.exit.ID != 10 {
			t.Fatalf("exit %v, want IndexError at 10", got.exit)
		}
		return
	}
	want := append([]uint8(nil), bytes...)
	want[j] = 1 - bytes[j]
	want[n-1] = uint8(v)
	if got.exit.Kind != ExitReturn || got.exit.Value.Int() != n*1000+int64(bytes[j]) {
		t.Fatalf("exit %v, want return %d", got.exit, n*1000+int64(bytes[j]))
	}
	if fmt.Sprint(after[0]) != fmt.Sprint(want) {
		t.Fatalf("buffer %v, want %v", after[0], want)
	}
}
