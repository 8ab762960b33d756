package native

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"
)

// powLoop builds: s = 1; i = 0; while i < n: s = s * base (guard 5); i += 1
// return s. The multiply overflows in the middle of the loop.
func powLoop(base int64) (*Func, Reg, Reg, Reg) {
	f := NewFunc("pow")
	n := f.NewParam(Int)
	s, i, b, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(s, 1)
	e.ConstInt(i, 0)
	e.ConstInt(b, base)
	e.ConstInt(one, 1)
	e.Jump(head, 1)
	head.Compare(OpCmpInt, LT, c, i, n)
	head.Branch(c, body, done, 2)
	body.Binary(OpMulInt, s, s, b, 5, i, s, n)
	body.Binary(OpAddInt, i, i, one, 6, i, s, n)
	body.Jump(head, 7)
	done.Return(s)
	return f, n, i, s
}

func TestGuardFailureInLoopReportsState(t *testing.T) {
	for _, base := range []int64{3, -7, 2} {
		// Go reference: the last power that fits and its exponent.
		var k, p int64 = 0, 1
		for {
			q, ok := mulInt(p, base)
			if !ok {
				break
			}
			k, p = k+1, q
		}
		for _, fuel := range []int64{1, 2, 5, DefaultFuel} {
			for _, limit := range []int{math.MaxInt, 0} {
				t.Run(fmt.Sprintf("base=%d/fuel=%d/regs=%d", base, fuel, min(limit, 99)), func(t *testing.T) {
					poolLimit = limit
					defer func() { poolLimit = math.MaxInt }()
					f, n, i, s := powLoop(base)
					code, err := Compile(f)
					if err != nil {
						t.Fatal(err)
					}
					fr := code.NewFrame()
					fr.Fuel = fuel
					fr.SetInt(n, 1000)
					e, err := fr.Run(nil)
					if err != nil {
						t.Fatal(err)
					}
					if e.Kind != ExitDeopt || e.ID != 5 {
						t.Fatalf("exit %v, want deopt at 5", e)
					}
					if got := [3]int64{fr.Get(i).Int(), fr.Get(s).Int(), fr.Get(n).Int()}; got != [3]int64{k, p, 1000} {
						t.Fatalf("state i, s, n = %v, want %v", got, [3]int64{k, p, 1000})
					}
					// Below the overflow the loop returns normally.
					fr.SetInt(n, k)
					if e, err := fr.Run(nil); err != nil || e.Kind != ExitReturn || e.Value.Int() != p {
						t.Fatalf("n=%d: %v %v, want return %d", k, e, err, p)
					}
				})
			}
		}
	}
}

// sinLoop builds: acc = 0.0; i = 0; while i < n: acc += sin(float(i) * step)
// (a call out); i += 1; return acc.
func sinLoop() (*Func, Reg, Reg) {
	f := NewFunc("sinsum")
	n := f.NewParam(Int)
	step := f.NewParam(Float)
	acc, x, y := f.NewReg(Float), f.NewReg(Float), f.NewReg(Float)
	i, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstFloat(acc, 0)
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.Jump(head, 1)
	head.Compare(OpCmpInt, LT, c, i, n)
	head.Branch(c, body, done, 2)
	body.Unary(OpIntToFloat, x, i, 3)
	body.Binary(OpMulFloat, x, x, step, 4)
	body.Call(y, fnSin, []Reg{x}, 5, i, acc)
	body.Binary(OpAddFloat, acc, acc, y, 6)
	body.Binary(OpAddInt, i, i, one, 7, i, acc)
	body.Jump(head, 8)
	done.Return(acc)
	return f, n, step
}

const fnSin = 3

func TestCallOutResumesWithResult(t *testing.T) {
	for _, limit := range []int{math.MaxInt, 1, 0} {
		t.Run(fmt.Sprintf("regs=%d", min(limit, 99)), func(t *testing.T) {
			poolLimit = limit
			defer func() { poolLimit = math.MaxInt }()
			f, n, step := sinLoop()
			code, err := Compile(f)
			if err != nil {
				t.Fatal(err)
			}
			calls := 0
			hooks := &Hooks{Call: func(fn int, args []Value) (Value, error) {
				if fn != fnSin || len(args) != 1 || args[0].Type != Float {
					return Value{}, fmt.Errorf("bad call %d %v", fn, args)
				}
				calls++
				return FloatValue(math.Sin(args[0].Float())), nil
			}}
			fr := code.NewFrame()
			fr.SetInt(n, 1000)
			fr.SetFloat(step, 0.01)
			e, err := fr.Run(hooks)
			if err != nil {
				t.Fatal(err)
			}
			want := 0.0
			for i := 0; i < 1000; i++ {
				want += math.Sin(float64(i) * 0.01)
			}
			if e.Kind != ExitReturn || e.Value.Float() != want || calls != 1000 {
				t.Fatalf("got %v after %d calls, want %v after 1000", e, calls, want)
			}
			// The same program in the reference interpreter.
			if ref := runInterp(f, []Value{IntValue(1000), FloatValue(0.01)}, nil, hooks); ref.exit != e {
				t.Fatalf("interpreter %v, native %v", ref.exit, e)
			}
		})
	}
}

func TestCallErrorStopsWithState(t *testing.T) {
	f, n, step := sinLoop()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	calls := 0
	fr := code.NewFrame()
	fr.SetInt(n, 100)
	fr.SetFloat(step, 1)
	e, err := fr.Run(&Hooks{Call: func(int, []Value) (Value, error) {
		calls++
		if calls == 10 {
			return Value{}, boom
		}
		return FloatValue(1), nil
	}})
	if !errors.Is(err, boom) || e.Kind != ExitCall || e.ID != 5 {
		t.Fatalf("got %v, %v; want ExitCall at 5 with boom", e, err)
	}
	i, acc := Reg(5), Reg(2) // registers of sinLoop, in creation order
	if fr.Get(i).Int() != 9 || fr.Get(acc).Float() != 9 {
		t.Fatalf("state i=%v acc=%v, want 9 and 9", fr.Get(i), fr.Get(acc))
	}
}

func TestCallWithSeveralArgsAndTypes(t *testing.T) {
	f := NewFunc("args")
	a, b := f.NewParam(Int), f.NewParam(Float)
	c, r := f.NewReg(Bool), f.NewReg(Int)
	k := f.NewReg(Int)
	e := f.Entry()
	e.ConstInt(k, 1<<40)
	e.Compare(OpCmpInt, GT, c, a, k)
	e.Call(r, 1, []Reg{a, b, c, k}, 9, a, b)
	e.Return(r)
	var seen []Value
	got, _ := runBoth(t, f, []Value{IntValue(-5), FloatValue(2.5)}, nil, &Hooks{Call: func(fn int, args []Value) (Value, error) {
		seen = args
		return IntValue(int64(fn)*100 + args[0].Int()), nil
	}})
	want := []Value{IntValue(-5), FloatValue(2.5), BoolValue(false), IntValue(1 << 40)}
	if fmt.Sprint(seen) != fmt.Sprint(want) || got.exit.Value.Int() != 95 {
		t.Fatalf("args %v result %v, want %v and 95", seen, got.exit, want)
	}
}

func TestInterruptCallsPollHook(t *testing.T) {
	f, n := sumFunc()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetInt(n, 1000)
	fr.Fuel = 10
	polls := 0
	hooks := &Hooks{Poll: func(id int32) error {
		if id != 4 {
			return fmt.Errorf("poll at %d, want the back-edge 4", id)
		}
		polls++
		if polls < 3 {
			fr.Interrupt() // ask again: the next back-edge exits
		}
		return nil
	}}
	fr.Interrupt()
	e, err := fr.Run(hooks)
	if err != nil || e.Kind != ExitReturn || e.Value.Int() != 500500 || polls != 3 {
		t.Fatalf("got %v, %v after %d polls; want 500500 after 3", e, err, polls)
	}
	// A poll hook error (cancellation) ends the run.
	stop := errors.New("cancelled")
	fr.Interrupt()
	e, err = fr.Run(&Hooks{Poll: func(int32) error { return stop }})
	if !errors.Is(err, stop) || e.Kind != ExitPoll || e.ID != 4 {
		t.Fatalf("got %v, %v; want poll at 4 with cancelled", e, err)
	}
}

func TestDeoptTerminatorAndGuard(t *testing.T) {
	// while True: if i == stop: deopt(30, i, x); x = x * 0.5; guard(x > lim, 31); i += 1
	f := NewFunc("deopt")
	stop, lim := f.NewParam(Int), f.NewParam(Float)
	i, one, x, half := f.NewReg(Int), f.NewReg(Int), f.NewReg(Float), f.NewReg(Float)
	c := f.NewReg(Bool)
	head, out, body := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.ConstFloat(x, 1024)
	e.ConstFloat(half, 0.5)
	e.Jump(head, 1)
	head.Compare(OpCmpInt, EQ, c, i, stop)
	head.Branch(c, out, body, 2)
	out.Deopt(30, i, x)
	body.Binary(OpMulFloat, x, x, half, 3)
	body.Compare(OpCmpFloat, GT, c, x, lim)
	body.Guard(c, 31, i, x)
	body.Binary(OpAddInt, i, i, one, 4)
	body.Jump(head, 5)
	cases := []struct {
		stop   int64
		lim    float64
		id     int32
		i      int64
		x      float64
		params []Value
	}{
		{stop: 3, lim: 0, id: 30, i: 3, x: 128},
		{stop: 100, lim: 1, id: 31, i: 9, x: 1},
		{stop: 100, lim: math.NaN(), id: 31, i: 0, x: 512},
	}
	for _, tc := range cases {
		got, _ := runBoth(t, f, []Value{IntValue(tc.stop), FloatValue(tc.lim)}, nil, nil)
		if got.exit.Kind != ExitDeopt || got.exit.ID != tc.id ||
			got.state[0].Int() != tc.i || got.state[1].Float() != tc.x {
			t.Errorf("stop=%d lim=%v: %v, want deopt %d with i=%d x=%v", tc.stop, tc.lim, got, tc.id, tc.i, tc.x)
		}
	}
}

// TestCallsBetweenCompiledFunctions runs a recursive fib whose calls go
// through the Go side: each call runs the same code in a new Frame.
func TestCallsBetweenCompiledFunctions(t *testing.T) {
	f := NewFunc("fib")
	n := f.NewParam(Int)
	two, one, c, a, b := f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool), f.NewReg(Int), f.NewReg(Int)
	small, rec := f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(two, 2)
	e.ConstInt(one, 1)
	e.Compare(OpCmpInt, LT, c, n, two)
	e.Branch(c, small, rec, 1)
	small.Return(n)
	rec.Binary(OpSubInt, a, n, one, 2)
	rec.Call(a, 0, []Reg{a}, 3, n)
	rec.Binary(OpSubInt, b, n, two, 4)
	rec.Call(b, 0, []Reg{b}, 5, n, a)
	rec.Binary(OpAddInt, a, a, b, 6)
	rec.Return(a)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	var hooks *Hooks
	calls := 0
	hooks = &Hooks{Call: func(fn int, args []Value) (Value, error) {
		calls++
		fr := code.NewFrame()
		fr.Set(n, args[0])
		e, err := fr.Run(hooks)
		return e.Value, err
	}}
	fr := code.NewFrame()
	fr.SetInt(n, 20)
	got, err := fr.Run(hooks)
	if err != nil || got.Value.Int() != 6765 || calls != 21890 {
		t.Fatalf("fib(20) = %v, %v after %d calls; want 6765 after 21890", got, err, calls)
	}
}

// TestDeoptStateLetsInterpreterFinish plays the engine's part after an
// overflow guard: it rebuilds the loop's locals from the exit state and
// finishes the loop with big ints, redoing the failed multiply first.
func TestDeoptStateLetsInterpreterFinish(t *testing.T) {
	f, n, i, s := powLoop(3)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetInt(n, 100)
	e, err := fr.Run(nil)
	if err != nil || e.Kind != ExitDeopt || e.ID != 5 {
		t.Fatalf("got %v, %v; want deopt at 5", e, err)
	}
	// Resume at instruction 5 (s = s * 3) with the saved locals.
	bi, bs, bn := fr.Get(i).Int(), big.NewInt(fr.Get(s).Int()), fr.Get(n).Int()
	for ; bi < bn; bi++ {
		bs.Mul(bs, big.NewInt(3))
	}
	if want := new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil); bs.Cmp(want) != 0 {
		t.Fatalf("finished with %v, want 3**100 = %v", bs, want)
	}
}
