package bytecode

import (
	"fmt"
	"strings"
)

// Instr is one instruction. The struct is kept small and fixed-size so that
// the interpreter can rewrite Op in place when it specializes.
type Instr struct {
	Op  Opcode
	Arg int32
}

// Loc is the source span an instruction belongs to, in CPython's convention
// (1-based lines, 0-based byte columns, exclusive end). Anchor fields locate
// the operator of a binary operation or the brackets of a subscript, for
// CPython 3.11's `~~~^^^` caret lines; they are -1 when absent.
type Loc struct {
	Line, Col, EndLine, EndCol int32
	// AnchorLeft/AnchorRight are byte columns: for a binary operation the
	// end of the left operand and the start of the right one; for a
	// subscript the end of the value and the end of the slice.
	AnchorLeft, AnchorRight int32
	// AnchorKind is 0 (none), 1 (binary operation) or 2 (subscript).
	AnchorKind uint8
}

// Code flags.
const (
	FlagGenerator = 1 << iota
	FlagVarargs
	FlagVarkw
	FlagNewLocals // function-like scope (fast locals); clear for module and class bodies
	FlagCoroutine
)

// Code is a compiled function, class body or module.
type Code struct {
	Name      string
	QualName  string
	Filename  string
	FirstLine int
	Flags     int

	ArgCount      int // positional parameters including positional-only
	PosOnlyCount  int
	KwOnlyCount   int
	VarNames      []string // parameters first, then other locals
	CellVars      []string // locals captured by inner scopes
	FreeVars      []string // variables of enclosing scopes
	Cell2Arg      []int    // for each cell var, the parameter slot it starts from, or -1
	Names         []string // global, attribute and other names
	Consts        []any    // see ConstTuple and the syntax.Constant value types
	Instrs        []Instr
	Locs          []Loc // one per instruction
	StackSize     int
	Docstring     any // string or nil
	SourceLines   []string
	Runtime       any // the interpreter's per-code state (converted constants, caches)
	NumCacheSlots int
}

// ConstTuple is a tuple constant (e.g. keyword names of a call).
type ConstTuple []any

// ConstFrozenSet is a frozenset constant, built by adding the items in order
// (CPython folds constant set displays this way, which decides their order).
type ConstFrozenSet []any

// ConstCode wraps nested code in the constant pool.
type ConstCode = *Code

// NumLocals is the number of fast local slots.
func (c *Code) NumLocals() int { return len(c.VarNames) }

// Disassemble returns a readable listing, used by tests and debugging.
func (c *Code) Disassemble() string {
	var b strings.Builder
	fmt.Fprintf(&b, "code %s (%s)\n", c.QualName, c.Filename)
	for i, in := range c.Instrs {
		fmt.Fprintf(&b, "%4d %-4d %-22s %d", i, c.Locs[i].Line, in.Op, in.Arg)
		switch in.Op {
		case LOAD_CONST:
			fmt.Fprintf(&b, " (%v)", describeConst(c.Consts[in.Arg]))
		case LOAD_FAST, STORE_FAST, DELETE_FAST:
			fmt.Fprintf(&b, " (%s)", c.VarNames[in.Arg])
		case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
			LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
			fmt.Fprintf(&b, " (%s)", c.Names[in.Arg])
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
			fmt.Fprintf(&b, " (%s)", c.CellName(int(in.Arg)))
		}
		b.WriteByte('\n')
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString(sub.Disassemble())
		}
	}
	return b.String()
}

// CellName names cell slot i (cell variables first, then free variables).
func (c *Code) CellName(i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}

func describeConst(k any) string {
	switch v := k.(type) {
	case *Code:
		return "code " + v.QualName
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprint(k)
}
