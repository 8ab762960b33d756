package native

import (
	"runtime"
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

func TestAssemblerDiagnosticFailsCompile(t *testing.T) {
	cases := []struct {
		name  string
		build func(a *assembler)
	}{
		// IDIV takes its operand in From; in To it cannot be encoded.
		{"operand in the wrong place", func(a *assembler) { a.inst(x86.AIDIVQ, none, reg(x86.REG_CX)) }},
		{"memory to memory move", func(a *assembler) { a.inst(x86.AMOVQ, mem(x86.REG_DI, 0), mem(x86.REG_DI, 8)) }},
	}
	for _, tc := range cases {
		a := newAssembler()
		tc.build(a)
		if code, err := a.assemble(); err == nil || !strings.Contains(err.Error(), "assemble") {
			t.Errorf("%s: got %x, %v; want a diagnostic", tc.name, code, err)
		}
	}
	a := newAssembler()
	a.inst(x86.AMOVQ, mem(x86.REG_DI, 0), reg(x86.REG_AX))
	if code, err := a.assemble(); err != nil || len(code) == 0 {
		t.Errorf("valid instruction: %x, %v", code, err)
	}
}

func TestCodeIsUnmappedWhenDropped(t *testing.T) {
	before := MappedBytes()
	func() {
		f, n := sumFunc()
		code, err := Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		fr := code.NewFrame()
		fr.SetInt(n, 10)
		if e, _ := fr.Run(nil); e.Value.Int() != 55 {
			t.Fatalf("got %v", e)
		}
		if MappedBytes() <= before {
			t.Fatalf("mapped %d bytes, before %d", MappedBytes(), before)
		}
	}()
	// Cleanups run on their own goroutine after a GC: wait by rounds, not time.
	for i := 0; i < 1000 && MappedBytes() > before; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if MappedBytes() > before {
		t.Fatalf("still %d bytes mapped, %d before", MappedBytes(), before)
	}
}
