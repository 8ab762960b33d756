package native

import (
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// x86Tables guards golang-asm's lazily built instruction tables: building
// them races when two goroutines assemble for the first time, so the
// package's init builds them before any goroutine of ours exists.
var x86Tables sync.Once

func init() { initX86Tables() }

func initX86Tables() {
	x86Tables.Do(func() {
		a := newLink()
		x86.Linkamd64.Init(a.ctxt)
	})
}

// assembler builds one instruction list for one obj.Link; one per compile.
type assembler struct {
	ctxt        *obj.Link
	diags       []string
	first, last *obj.Prog
}

func newLink() *assembler {
	a := &assembler{ctxt: obj.Linknew(&x86.Linkamd64)}
	a.ctxt.Headtype = objabi.Hlinux
	a.ctxt.IsAsm = true // no NOP padding for the jump erratum: keeps code compact
	// golang-asm reports encoding errors only through this hook.
	a.ctxt.DiagFunc = func(format string, args ...interface{}) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	return a
}

func newAssembler() *assembler {
	initX86Tables()
	return newLink()
}

// label returns a NOP to be placed later with place; branches target it.
func (a *assembler) label() *obj.Prog {
	p := a.ctxt.NewProg()
	p.As = obj.ANOP
	return p
}

// place appends p (usually a label) to the instruction list.
func (a *assembler) place(p *obj.Prog) {
	p.Ctxt = a.ctxt
	if a.first == nil {
		a.first = p
	} else {
		a.last.Link = p
	}
	a.last = p
}

// inst appends as from, to (Go operand order: source first).
func (a *assembler) inst(as obj.As, from, to obj.Addr) *obj.Prog {
	p := a.ctxt.NewProg()
	p.As, p.From, p.To = as, from, to
	a.place(p)
	return p
}

// jump appends a branch of kind as to target.
func (a *assembler) jump(as obj.As, target *obj.Prog) {
	p := a.ctxt.NewProg()
	p.As = as
	p.To.Type = obj.TYPE_BRANCH
	p.To.SetTarget(target)
	a.place(p)
}

// assemble encodes the list; any diagnostic fails the compile.
func (a *assembler) assemble() ([]byte, error) {
	if a.first == nil {
		return nil, fmt.Errorf("assemble: no instructions")
	}
	sym := &obj.LSym{Func: &obj.FuncInfo{Text: a.first}}
	x86.Linkamd64.Assemble(a.ctxt, sym, a.ctxt.NewProg)
	if len(a.diags) > 0 || a.ctxt.Errors > 0 {
		return nil, fmt.Errorf("assemble: %s", strings.Join(a.diags, "; "))
	}
	if len(sym.R) > 0 {
		return nil, fmt.Errorf("assemble: %d unexpected relocations", len(sym.R))
	}
	return sym.P, nil
}

// none is an absent operand.
var none = obj.Addr{}

func reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

func imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

func mem(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

func memIndex(base, index int16, scale int16) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: index, Scale: scale}
}
