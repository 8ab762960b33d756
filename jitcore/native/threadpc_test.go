//go:build linux && amd64

package native

import (
	"errors"
	"runtime"
	"testing"
	"time"
)

// markedLoop is `while i < n: (mark 20) x = x*x*... ; (mark 30) i += 1`,
// its body's first line costly (a chain of dependent multiplications),
// its second line one addition.
func markedLoop(table bool) (*Func, Reg) {
	f := NewFunc("marked")
	n := f.NewParam(Int)
	i, x, one := f.NewReg(Int), f.NewReg(Int), f.NewReg(Int)
	cond := f.NewReg(Bool)
	e := f.Entry()
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e.ConstInt(i, 0)
	e.ConstInt(x, 1)
	e.ConstInt(one, 1)
	e.Mark(10)
	e.Jump(head, 0)
	head.Compare(OpCmpInt, LT, cond, i, n)
	head.Branch(cond, body, done, 1)
	body.Mark(20)
	for k := 0; k < 12; k++ {
		body.Binary(OpAndInt, x, x, x, 2, i, x)
		body.Binary(OpXorInt, x, x, i, 2, i, x)
	}
	body.Mark(30)
	body.Binary(OpAddInt, i, i, one, 3, i, x)
	body.Jump(head, 4)
	done.Return(x)
	f.MarkTable = table
	return f, n
}

// With a mark table the code stores no marks, and the instruction pointer
// a ThreadPC takes while it runs maps to the marks of the loop's lines,
// mostly to the costly one.
func TestThreadPCSamplesNativeLines(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := NewThreadPC()
	if err != nil {
		t.Fatalf("NewThreadPC: %v", err)
	}
	f, n := markedLoop(true)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetInt(n, 1<<50)
	const want = 40
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
			if err := tp.Signal(); err != nil {
				t.Errorf("Signal: %v", err)
				return
			}
			fr.Interrupt()
		}
	}()
	counts := map[int32]int{}
	samples, unknown := 0, 0
	stop := errors.New("enough")
	_, err = fr.Run(&Hooks{Poll: func(id int32) error {
		pc, ok := tp.Take()
		if !ok {
			return nil
		}
		samples++
		if m, ok := code.MarkAt(pc); ok {
			counts[m]++
		} else {
			unknown++
		}
		if samples == want {
			return stop
		}
		return nil
	}})
	if !errors.Is(err, stop) {
		t.Fatalf("run: %v", err)
	}
	if _, ok := fr.Mark(); ok {
		t.Errorf("code compiled with a mark table stored a mark")
	}
	for m := range counts {
		if m != 20 && m != 30 && m != 10 {
			t.Errorf("a sample at mark %d, which the code does not have", m)
		}
	}
	// Each signal interrupts native code running the loop: only a tick
	// landing in the run loop's Go code between entries is unknown.
	t.Logf("samples by mark %v (%d unknown)", counts, unknown)
	if counts[20] <= counts[30] || counts[20] < want/2 {
		t.Errorf("samples by mark %v (%d unknown): want most at the costly line 20", counts, unknown)
	}
}

// Take reports nothing new when no signal came since the last Take.
func TestThreadPCTakeOnce(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := NewThreadPC()
	if err != nil {
		t.Fatalf("NewThreadPC: %v", err)
	}
	if _, ok := tp.Take(); ok {
		t.Fatalf("Take before any signal")
	}
	if err := tp.Signal(); err != nil {
		t.Fatal(err)
	}
	pc, ok := tp.Take() // the signal is pending on this thread: Take delivers it
	if !ok || pc == 0 {
		t.Fatalf("Take after a signal: %#x, %v", pc, ok)
	}
	if _, ok := tp.Take(); ok {
		t.Errorf("a second Take reported the same signal again")
	}
}

// The mark in effect at a block's start is its predecessors' last mark
// when they agree; MarkAt knows nothing outside the code.
func TestEntryMarksAndMarkAt(t *testing.T) {
	f, _ := markedLoop(true)
	got := f.entryMarks()
	// entry, head (from the entry's 10 and the body's 30: they differ),
	// body (from head), done (from head)
	want := []int32{noMark, noMark, noMark, noMark}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry marks %v, want %v", got, want)
			break
		}
	}
	g := NewFunc("agree")
	a := g.NewParam(Int)
	e := g.Entry()
	then, els, join := g.NewBlock(), g.NewBlock(), g.NewBlock()
	c := g.NewReg(Bool)
	e.Mark(5)
	e.Compare(OpCmpInt, LT, c, a, a)
	e.Branch(c, then, els, 0)
	then.Jump(join, 0)
	els.Jump(join, 0)
	join.Return(a)
	if m := g.entryMarks(); m[1] != 5 || m[2] != 5 || m[3] != 5 {
		t.Errorf("entry marks %v, want 5 for the blocks after the entry", m)
	}
	g.MarkTable = true
	code, err := Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	base := code.mem.entry()
	if _, ok := code.MarkAt(base - 1); ok {
		t.Errorf("MarkAt before the code")
	}
	if _, ok := code.MarkAt(base + uintptr(code.Stats.CodeSize)); ok {
		t.Errorf("MarkAt after the code")
	}
	if m, ok := code.MarkAt(base + uintptr(code.Stats.CodeSize) - 1); ok && m != 5 {
		t.Errorf("MarkAt at the code's end: %d", m)
	}
}

// BenchmarkThreadPC is one sample's cost to the sampled thread and the
// signalling one together: queue the signal, deliver it, take the PC.
func BenchmarkThreadPC(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := NewThreadPC()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := tp.Signal(); err != nil {
			b.Fatal(err)
		}
		if _, ok := tp.Take(); !ok {
			b.Fatal("no PC")
		}
	}
}

// With a mark table, the machine code is the code of the same function
// without marks: a profiled run runs what an unprofiled one does.
func TestMarkTableCodeIsUnprofiledCode(t *testing.T) {
	withTable, _ := markedLoop(true)
	plain, _ := markedLoop(false)
	for _, b := range plain.Blocks {
		kept := b.Instrs[:0]
		for _, in := range b.Instrs {
			if in.Op != OpMark {
				kept = append(kept, in)
			}
		}
		b.Instrs = kept
	}
	a, err := Compile(withTable)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Compile(plain)
	if err != nil {
		t.Fatal(err)
	}
	if string(a.MachineCode()) != string(b.MachineCode()) {
		t.Errorf("code with a mark table (%d bytes) differs from the code without marks (%d bytes)", len(a.MachineCode()), len(b.MachineCode()))
	}
	if len(a.marks) < 3 {
		t.Errorf("mark table %v: want entries for the marks 10, 20 and 30", a.marks)
	}
}
