package native

import (
	"fmt"
	"runtime"
	"time"
)

// Stats describes one compile.
type Stats struct {
	CodeSize    int           // bytes of machine code (without the resume table)
	CompileTime time.Duration // Verify through executable mapping
	Instrs      int           // IR instructions
	Spilled     int           // registers that live in their context slot
	ExitSites   int
}

// Code is a compiled function. Its machine code is unmapped once the Code
// and every Frame made from it are unreachable.
type Code struct {
	Name     string
	Stats    Stats
	mem      *execMem
	layout   layout
	types    []Type
	bufTypes []Type
	boxes    []*Box // boxed buffers (boxed.go)
	byteBufs []bool // byte buffers (bytebuf.go)
	locs     []location
	sites    []exitSite
	// calls describes each OpCallSelf by its continuation's resume index;
	// maxCallFrame is the most words one suspended activation takes
	calls        map[int]callSite
	maxCallFrame int
	marks        []pcMark // the mark table, by code offset (Func.MarkTable)
}

// callSite is one OpCallSelf: the registers it saves on the call stack
// (in order, followed by the continuation's resume index).
type callSite struct {
	id      int32
	saved   []Reg
	dstType Type
}

// exitSite describes one way out of the code.
type exitSite struct {
	kind      ExitKind
	err       ErrKind
	id        int32
	resume    int    // resume table index for resumable exits, else -1
	fn        int    // called Go function
	argTypes  []Type // call argument types
	valueType Type   // return value or call result type (0: none)
}

// Compile verifies f and translates it to machine code.
func Compile(f *Func) (*Code, error) {
	start := time.Now()
	if err := f.Verify(); err != nil {
		return nil, err
	}
	f = optimize(f)
	if verifyOptimized {
		if err := f.Verify(); err != nil {
			return nil, fmt.Errorf("after optimizing: %w", err)
		}
	}
	al := allocate(f)
	g := newCodegen(f, al)
	if err := g.generate(); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	code, err := g.asm.assemble()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	dumpCompiled(f, al, code)
	offsets := make([]int64, len(g.resumes))
	for i, p := range g.resumes {
		offsets[i] = p.Pc
	}
	m, err := mapCode(code, offsets)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	c := &Code{Name: f.Name, mem: m, layout: g.layout, types: append([]Type(nil), f.Types...),
		bufTypes: append([]Type(nil), f.Buffers...), boxes: append([]*Box(nil), f.Boxes...), byteBufs: append([]bool(nil), f.ByteBufs...), locs: al.loc, sites: g.sites, calls: g.calls, maxCallFrame: g.maxCallFrame}
	c.marks = g.markTable()
	runtime.AddCleanup(c, releaseMem, m.mem)
	n := 0
	for _, b := range f.Blocks {
		n += len(b.Instrs)
	}
	c.Stats = Stats{CodeSize: len(code), CompileTime: time.Since(start), Instrs: n, Spilled: al.spills, ExitSites: len(g.sites)}
	return c, nil
}

// MachineCode returns a copy of the generated machine code (without the
// resume table), e.g. to disassemble it.
func (c *Code) MachineCode() []byte {
	return append([]byte(nil), c.mem.mem[:c.Stats.CodeSize]...)
}
