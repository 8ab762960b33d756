package native

import (
	"fmt"
	"math"
	"testing"
)

// sameBits compares values bit for bit, except that any two NaNs match.
func sameBits(t Type, x, y uint64) bool {
	if t == Float && math.IsNaN(f64frombits(x)) && math.IsNaN(f64frombits(y)) {
		return true
	}
	return x == y
}

// outcome is the observable end of a run: the exit and the values of the
// exiting instruction's State (or every parameter for a return).
type outcome struct {
	exit  Exit
	state []Value
	err   string
}

func (o outcome) String() string {
	return fmt.Sprintf("%v state=%v err=%q", o.exit, o.state, o.err)
}

func sameOutcome(a, b outcome) bool {
	if a.exit.Kind != b.exit.Kind || a.exit.Err != b.exit.Err || a.exit.ID != b.exit.ID || a.err != b.err ||
		a.exit.Value.Type != b.exit.Value.Type || !sameBits(a.exit.Value.Type, a.exit.Value.Bits, b.exit.Value.Bits) ||
		len(a.state) != len(b.state) {
		return false
	}
	for i := range a.state {
		if a.state[i].Type != b.state[i].Type || !sameBits(a.state[i].Type, a.state[i].Bits, b.state[i].Bits) {
			return false
		}
	}
	return true
}

// exitState returns the State of the instruction that exited with id.
func exitState(f *Func, e Exit) []Reg {
	if e.Kind == ExitReturn {
		return nil
	}
	for _, b := range f.Blocks {
		for i := range b.Instrs {
			if in := &b.Instrs[i]; in.ID == e.ID && in.State != nil {
				return in.State
			}
		}
	}
	return nil
}

// runNative compiles f, sets its parameters and buffers, and runs it.
func runNative(t testing.TB, f *Func, params []Value, bufs []any, h *Hooks) outcome {
	t.Helper()
	code, err := Compile(f)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	fr := code.NewFrame()
	for i, p := range f.Params {
		fr.Set(p, params[i])
	}
	for i, b := range bufs {
		switch s := b.(type) {
		case []int64:
			fr.SetInts(i, s)
		case []float64:
			fr.SetFloats(i, s)
		case []uint8:
			fr.SetBytes(i, s)
		}
	}
	e, err := fr.Run(h)
	o := outcome{exit: e}
	if err != nil {
		o.err = err.Error()
	}
	for _, r := range exitState(f, e) {
		o.state = append(o.state, fr.Get(r))
	}
	return o
}

// runInterp runs f with the reference interpreter.
func runInterp(f *Func, params []Value, bufs []any, h *Hooks) outcome {
	fr := f.NewInterpFrame()
	for i, p := range f.Params {
		fr.Regs[p] = params[i].Bits
	}
	copy(fr.Bufs, bufs)
	e, err := f.Interpret(fr, h)
	o := outcome{exit: e}
	if err != nil {
		o.err = err.Error()
	}
	for _, r := range exitState(f, e) {
		o.state = append(o.state, Value{f.Types[r], fr.Regs[r]})
	}
	return o
}

// runBoth runs f natively and in the interpreter (each on its own copy of
// the buffers), fails the test when they differ, and returns the native
// outcome and buffers.
func runBoth(t testing.TB, f *Func, params []Value, bufs []any, h *Hooks) (outcome, []any) {
	t.Helper()
	nb, ib := cloneBufs(bufs), cloneBufs(bufs)
	n := runNative(t, f, params, nb, h)
	i := runInterp(f, params, ib, h)
	if !sameOutcome(n, i) {
		t.Fatalf("native %v, interpreter %v", n, i)
	}
	for k := range nb {
		if fmt.Sprint(nb[k]) != fmt.Sprint(ib[k]) {
			t.Fatalf("buffer %d: native %v, interpreter %v", k, nb[k], ib[k])
		}
	}
	return n, nb
}

func cloneBufs(bufs []any) []any {
	out := make([]any, len(bufs))
	for i, b := range bufs {
		switch s := b.(type) {
		case []int64:
			out[i] = append([]int64(nil), s...)
		case []float64:
			out[i] = append([]float64(nil), s...)
		case []uint8:
			out[i] = append([]uint8(nil), s...)
		}
	}
	return out
}
