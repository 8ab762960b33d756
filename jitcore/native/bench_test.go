package native

import (
	"math/rand"
	"slices"
	"sync"
	"testing"
	"time"
)

const benchN = 100_000_000

// BenchmarkSumNative runs sum(1..1e8) in native code per iteration.
func BenchmarkSumNative(b *testing.B) {
	f, n := sumFunc()
	code, err := Compile(f)
	if err != nil {
		b.Fatal(err)
	}
	fr := code.NewFrame()
	for b.Loop() {
		fr.SetInt(n, benchN)
		e, err := fr.Run(nil)
		if err != nil || e.Value.Int() != benchN*(benchN+1)/2 {
			b.Fatal(e, err)
		}
	}
}

//go:noinline
func goSum(n int64) int64 {
	s := int64(0)
	for i := int64(1); i <= n; i++ {
		s += i
	}
	return s
}

// BenchmarkSumGo is the same loop compiled by Go (no overflow checks).
func BenchmarkSumGo(b *testing.B) {
	for b.Loop() {
		if goSum(benchN) != benchN*(benchN+1)/2 {
			b.Fatal("wrong sum")
		}
	}
}

// BenchmarkSumInterpret is the same loop in the reference interpreter,
// for scale (1e6 iterations).
func BenchmarkSumInterpret(b *testing.B) {
	f, n := sumFunc()
	for b.Loop() {
		fr := f.NewInterpFrame()
		fr.Regs[n] = 1_000_000
		if _, err := f.Interpret(fr, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileRandom compiles random programs of the differential test.
func BenchmarkCompileRandom(b *testing.B) {
	g := &progGen{rnd: rand.New(rand.NewSource(1))}
	for b.Loop() {
		f, _ := g.build()
		if _, err := Compile(f); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompileStats reports code size and compile time of the test
// programs and of random ones (no thresholds: timing is for the log).
func TestCompileStats(t *testing.T) {
	named := map[string]*Func{}
	named["sum"], _ = sumFunc()
	named["pow"], _, _, _ = powLoop(3)
	named["sinsum"], _, _ = sinLoop()
	named["xorloop"], _, _ = xorLoop()
	for name, f := range named {
		code, err := Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-8s %3d IR instrs, %4d bytes, %d exit sites, %v", name, code.Stats.Instrs, code.Stats.CodeSize, code.Stats.ExitSites, code.Stats.CompileTime)
	}
	g := &progGen{rnd: rand.New(rand.NewSource(7))}
	var times []time.Duration
	var sizes, instrs []int
	for i := 0; i < 300; i++ {
		f, _ := g.build()
		code, err := Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		if code.Stats.CodeSize <= 0 || code.Stats.CompileTime <= 0 {
			t.Fatalf("empty stats %+v", code.Stats)
		}
		times = append(times, code.Stats.CompileTime)
		sizes = append(sizes, code.Stats.CodeSize)
		instrs = append(instrs, code.Stats.Instrs)
	}
	slices.Sort(times)
	slices.Sort(sizes)
	slices.Sort(instrs)
	t.Logf("300 random programs: median %d IR instrs, %d bytes, compile median %v, p90 %v, max %v",
		instrs[150], sizes[150], times[150], times[270], times[299])
}

// TestConcurrentCompiles assembles from several goroutines at once (one
// obj.Link each, shared instruction tables built once); run under -race.
func TestConcurrentCompiles(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			g := &progGen{rnd: rand.New(rand.NewSource(seed))}
			for i := 0; i < 30; i++ {
				f, _ := g.build()
				if _, err := Compile(f); err != nil {
					errs <- err
					return
				}
			}
			f, n := sumFunc()
			code, err := Compile(f)
			if err != nil {
				errs <- err
				return
			}
			fr := code.NewFrame()
			fr.SetInt(n, 1000+seed)
			if e, err := fr.Run(nil); err != nil || e.Value.Int() != (1000+seed)*(1001+seed)/2 {
				errs <- err
			}
		}(int64(w))
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
