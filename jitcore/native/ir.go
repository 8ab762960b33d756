package native

import "fmt"

// Type is the type of a virtual register.
type Type uint8

// Register types. Bool registers hold 0 or 1.
const (
	Int   Type = iota + 1 // int64
	Float                 // float64
	Bool                  // false or true
)

func (t Type) String() string {
	switch t {
	case Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// Reg names a virtual register of a Func.
type Reg int32

// Cond is a comparison predicate. Float comparisons follow Python: every
// comparison with a NaN operand is false except NE, which is true.
type Cond uint8

// Comparison predicates.
const (
	EQ Cond = iota + 1
	NE
	LT
	LE
	GT
	GE
)

var condNames = [...]string{EQ: "==", NE: "!=", LT: "<", LE: "<=", GT: ">", GE: ">="}

func (c Cond) String() string {
	if int(c) < len(condNames) && condNames[c] != "" {
		return condNames[c]
	}
	return fmt.Sprintf("cond(%d)", uint8(c))
}

// Op is an IR operation. The comment of each op gives its operands
// (Dst, A, B, Imm) and its exits.
type Op uint8

// Operations. "guard" means the op exits with ExitDeopt and its ID when the
// result does not fit the native representation (the interpreter redoes the
// operation, e.g. with big integers); "error" means it exits with ExitError,
// its ID and an ErrKind. Operands are left unchanged by an exiting op.
const (
	OpConstInt   Op = iota + 1 // Dst = Imm
	OpConstFloat               // Dst = math.Float64frombits(Imm)
	OpConstBool                // Dst = Imm != 0
	OpMove                     // Dst = A (same type)

	OpAddInt      // Dst = A + B; guard on overflow
	OpSubInt      // Dst = A - B; guard on overflow
	OpMulInt      // Dst = A * B; guard on overflow
	OpNegInt      // Dst = -A; guard on overflow
	OpFloorDivInt // Dst = A // B (Python); error ZeroDivision; guard on overflow
	OpModInt      // Dst = A % B (Python, sign of B); error ZeroDivision
	OpShlInt      // Dst = A << B; error NegativeShift; guard on overflow
	OpShrInt      // Dst = A >> B (arithmetic); error NegativeShift
	OpAndInt      // Dst = A & B
	OpOrInt       // Dst = A | B
	OpXorInt      // Dst = A ^ B
	OpInvertInt   // Dst = ^A (Python ~A)
	OpBoolToInt   // Dst = int(A)
	OpAddIntWrap  // Dst = A + B, wrapping around on overflow (no exit)

	OpAddFloat   // Dst = A + B
	OpSubFloat   // Dst = A - B
	OpMulFloat   // Dst = A * B
	OpDivFloat   // Dst = A / B; error ZeroDivision when B is ±0
	OpNegFloat   // Dst = -A
	OpAbsFloat   // Dst = |A|
	OpSqrtFloat  // Dst = sqrt(A); error MathDomain when A < 0
	OpIntToFloat // Dst = float(A), rounded to nearest even
	OpFloatToInt // Dst = int(A) truncated; guard when A is NaN, ±Inf or out of int64 range

	OpCmpInt   // Dst(bool) = A Cond B
	OpCmpFloat // Dst(bool) = A Cond B, NaN as in Python
	OpNotBool  // Dst = !A

	OpLen        // Dst = len(buffer Imm)
	OpLoadInt    // Dst = int buffer Imm [A]; Python index: negative wraps once; error Index
	OpLoadFloat  // Dst = float buffer Imm [A]; as OpLoadInt
	OpStoreInt   // int buffer Imm [A] = B; as OpLoadInt
	OpStoreFloat // float buffer Imm [A] = B; as OpLoadInt

	OpGuard // exit ExitDeopt with ID unless A is true
	OpCall  // Dst = Go function Imm (Args...); exits ExitCall, resumes with the result (Dst may be NoReg)
	// Dst = this function called recursively with Args (one per parameter,
	// same types); polls; guard when the call depth limit is reached
	// (Frame.SetCallDepth). The caller's live registers wait on a stack in
	// the Frame, not on the goroutine stack.
	OpCallSelf

	OpMark // store Imm (an ID plus one) in the frame's mark word, no exit: where a sample taken now is (Frame.Mark)

	OpLoadBuffer // bind dynamic buffer Imm>>32 to the container at buffer int32(Imm) [A]; error Index; guard on its type (nested.go)
	OpCopyBuffer // bind dynamic buffer Imm>>32 to the object of dynamic buffer int32(Imm)

	// Terminators: the last instruction of every block, and only there.
	OpJump   // goto Targets[0]; polls when the target does not come later
	OpBranch // if A goto Targets[0] else goto Targets[1]; polls as OpJump
	OpReturn // exit ExitReturn with A (A may be NoReg)
	OpDeopt  // exit ExitDeopt with ID
)

var opNames = map[Op]string{
	OpConstInt: "const.int", OpConstFloat: "const.float", OpConstBool: "const.bool", OpMove: "move",
	OpAddInt: "add.int", OpSubInt: "sub.int", OpMulInt: "mul.int", OpNegInt: "neg.int",
	OpFloorDivInt: "floordiv.int", OpModInt: "mod.int", OpShlInt: "shl.int", OpShrInt: "shr.int",
	OpAndInt: "and.int", OpOrInt: "or.int", OpXorInt: "xor.int", OpInvertInt: "invert.int",
	OpBoolToInt: "booltoint", OpAddIntWrap: "addwrap.int", OpAddFloat: "add.float", OpSubFloat: "sub.float", OpMulFloat: "mul.float",
	OpDivFloat: "div.float", OpNegFloat: "neg.float", OpAbsFloat: "abs.float", OpSqrtFloat: "sqrt.float",
	OpIntToFloat: "inttofloat", OpFloatToInt: "floattoint", OpCmpInt: "cmp.int", OpCmpFloat: "cmp.float",
	OpNotBool: "not", OpLen: "len", OpLoadInt: "load.int", OpLoadFloat: "load.float",
	OpStoreInt: "store.int", OpStoreFloat: "store.float", OpGuard: "guard", OpCall: "call", OpCallSelf: "callself", OpMark: "mark",
	OpJump: "jump", OpBranch: "branch", OpReturn: "return", OpDeopt: "deopt",
}

func (op Op) String() string {
	if s, ok := opNames[op]; ok {
		return s
	}
	return fmt.Sprintf("op(%d)", uint8(op))
}

// IsTerminator reports whether op ends a block.
func (op Op) IsTerminator() bool { return op >= OpJump }

// NoReg marks an absent register operand.
const NoReg Reg = -1

// Instr is one IR instruction.
type Instr struct {
	Op      Op
	Dst     Reg
	A, B    Reg
	Imm     int64 // constant bits, buffer number or call number
	Cond    Cond
	ID      int32 // exit ID reported when this instruction leaves native code
	Args    []Reg // call arguments
	State   []Reg // registers the interpreter needs if this instruction exits
	Targets [2]*Block
	// copies are State registers that hold a copy of another register at
	// this exit: the exit stub writes them, so the code need not keep
	// them (set by the optimizer, opt.go)
	copies []stateCopy
	// mark is the ID plus one of an OpMark that stood just before this
	// instruction, in a Func with a mark table (attachMarks); 0: none
	mark int32
}

// Block is a basic block: straight-line instructions ending in a terminator.
type Block struct {
	Index  int // position in Func.Blocks; also the code layout order
	Instrs []Instr
	f      *Func
}

// Func is an IR function. Blocks are laid out in the order they were
// created; Blocks[0] is the entry. A branch to a block that is not later
// in that order is a back-edge and polls.
type Func struct {
	Name    string
	Types   []Type // type of each register
	Params  []Reg  // registers read from the Frame at entry
	Blocks  []*Block
	Buffers []Type // element type of each buffer number (Int or Float)
	Boxes   []*Box // per buffer number: nil, or how a boxed buffer's records look (boxed.go)
	// MarkTable compiles the OpMarks into a table of code offsets
	// (Code.MarkAt) for a profiler sampling the instruction pointer
	// (ThreadPC) rather than into stores (Frame.Mark): see mark.go
	MarkTable bool
	// per buffer number: whether an Int buffer holds bytes (bytebuf.go)
	ByteBufs []bool
}

// NewFunc returns an empty function with an entry block.
func NewFunc(name string) *Func {
	f := &Func{Name: name}
	f.NewBlock()
	return f
}

// NewReg adds a register of type t.
func (f *Func) NewReg(t Type) Reg {
	f.Types = append(f.Types, t)
	return Reg(len(f.Types) - 1)
}

// NewParam adds a register of type t that is read from the Frame at entry.
func (f *Func) NewParam(t Type) Reg {
	r := f.NewReg(t)
	f.Params = append(f.Params, r)
	return r
}

// NewBuffer declares a buffer of elements of type t (Int or Float) and
// returns its number; Frame.SetInts / SetFloats bind it.
func (f *Func) NewBuffer(t Type) int {
	f.Buffers = append(f.Buffers, t)
	return len(f.Buffers) - 1
}

// NewBlock appends an empty block.
func (f *Func) NewBlock() *Block {
	b := &Block{Index: len(f.Blocks), f: f}
	f.Blocks = append(f.Blocks, b)
	return b
}

// Entry returns the entry block.
func (f *Func) Entry() *Block { return f.Blocks[0] }

// Type returns the type of r.
func (f *Func) Type(r Reg) Type { return f.Types[r] }

func (b *Block) add(in Instr) *Instr {
	b.Instrs = append(b.Instrs, in)
	return &b.Instrs[len(b.Instrs)-1]
}

func (b *Block) op(op Op, dst, a, bb Reg) *Instr {
	return b.add(Instr{Op: op, Dst: dst, A: a, B: bb})
}

// ConstInt sets dst = v.
func (b *Block) ConstInt(dst Reg, v int64) {
	b.add(Instr{Op: OpConstInt, Dst: dst, A: NoReg, B: NoReg, Imm: v})
}

// ConstFloat sets dst = v.
func (b *Block) ConstFloat(dst Reg, v float64) {
	b.add(Instr{Op: OpConstFloat, Dst: dst, A: NoReg, B: NoReg, Imm: int64(f64bits(v))})
}

// ConstBool sets dst = v.
func (b *Block) ConstBool(dst Reg, v bool) {
	imm := int64(0)
	if v {
		imm = 1
	}
	b.add(Instr{Op: OpConstBool, Dst: dst, A: NoReg, B: NoReg, Imm: imm})
}

// Move sets dst = src.
func (b *Block) Move(dst, src Reg) { b.op(OpMove, dst, src, NoReg) }

// Unary appends a one-operand op (OpNegInt, OpInvertInt, OpNegFloat, ...).
// id and state describe the exit of ops that can exit.
func (b *Block) Unary(op Op, dst, a Reg, id int32, state ...Reg) {
	in := b.op(op, dst, a, NoReg)
	in.ID, in.State = id, state
}

// Binary appends a two-operand op (OpAddInt, OpDivFloat, ...).
func (b *Block) Binary(op Op, dst, a, c Reg, id int32, state ...Reg) {
	in := b.op(op, dst, a, c)
	in.ID, in.State = id, state
}

// Compare sets the bool dst = a cond c; op is OpCmpInt or OpCmpFloat.
func (b *Block) Compare(op Op, cond Cond, dst, a, c Reg) {
	b.op(op, dst, a, c).Cond = cond
}

// Len sets dst = len(buffer buf).
func (b *Block) Len(dst Reg, buf int) {
	b.op(OpLen, dst, NoReg, NoReg).Imm = int64(buf)
}

// Load sets dst = buffer buf [idx]; the op follows the buffer's type, so
// the buffer must be declared first.
func (b *Block) Load(dst Reg, buf int, idx Reg, id int32, state ...Reg) {
	op := OpLoadInt
	if b.f.Buffers[buf] == Float {
		op = OpLoadFloat
	}
	in := b.op(op, dst, idx, NoReg)
	in.Imm, in.ID, in.State = int64(buf), id, state
}

// Store sets buffer buf [idx] = v.
func (b *Block) Store(buf int, idx, v Reg, id int32, state ...Reg) {
	op := OpStoreInt
	if b.f.Buffers[buf] == Float {
		op = OpStoreFloat
	}
	in := b.op(op, NoReg, idx, v)
	in.Imm, in.ID, in.State = int64(buf), id, state
}

// Guard exits with ExitDeopt and id unless cond is true.
func (b *Block) Guard(cond Reg, id int32, state ...Reg) {
	in := b.op(OpGuard, NoReg, cond, NoReg)
	in.ID, in.State = id, state
}

// Call calls Go function number fn with args; dst (or NoReg) receives the
// result. It leaves native code with ExitCall and id.
func (b *Block) Call(dst Reg, fn int, args []Reg, id int32, state ...Reg) {
	in := b.op(OpCall, dst, NoReg, NoReg)
	in.Imm, in.Args, in.ID, in.State = int64(fn), args, id, state
}

// CallSelf calls the function itself with args (its parameters' types)
// and puts the result in dst; id and state describe the exit taken when
// the depth limit is reached (the interpreter then makes the call).
func (b *Block) CallSelf(dst Reg, args []Reg, id int32, state ...Reg) {
	in := b.op(OpCallSelf, dst, NoReg, NoReg)
	in.Args, in.ID, in.State = args, id, state
}

// Jump ends the block with goto target; id is reported by a poll there.
func (b *Block) Jump(target *Block, id int32) {
	in := b.op(OpJump, NoReg, NoReg, NoReg)
	in.Targets[0], in.ID = target, id
}

// Branch ends the block with if cond goto then else goto els.
func (b *Block) Branch(cond Reg, then, els *Block, id int32) {
	in := b.op(OpBranch, NoReg, cond, NoReg)
	in.Targets, in.ID = [2]*Block{then, els}, id
}

// Return ends the block, returning v (or NoReg).
func (b *Block) Return(v Reg) { b.op(OpReturn, NoReg, v, NoReg) }

// Deopt ends the block with ExitDeopt id.
func (b *Block) Deopt(id int32, state ...Reg) {
	in := b.op(OpDeopt, NoReg, NoReg, NoReg)
	in.ID, in.State = id, state
}
