// Package syntax holds jitlens's Python tokenizer, parser and syntax tree.
//
// The tree mirrors CPython's ast module (Python.asdl of 3.12): the same node
// classes with the same names, the same fields in the same order, and the
// same optional-field rules. Positions follow CPython's convention: lines are
// 1-based, columns are 0-based UTF-8 byte offsets, and every node that has a
// position in CPython has an end position here too.
//
// Representation rules, relied on by every consumer of the tree:
//   - An optional ASDL field (`expr?`, `identifier?`) is a nil interface, a nil
//     pointer or an empty string when absent.
//   - A sequence field (`expr*`) is a slice; it may be nil when empty.
//   - Dict.Keys holds nil for a `**mapping` entry, exactly as CPython does.
//   - Arguments.KwDefaults holds nil for a keyword-only parameter without a
//     default, exactly as CPython does.
//   - Constant.Value holds one of: None, bool, int64 (an int that fits),
//     *big.Int (one that does not), float64, complex128, string (str, UTF-8;
//     a lone surrogate is kept in its 3-byte generalized UTF-8 form), Bytes,
//     Ellipsis.
package syntax

// Pos is a node's source span in CPython's convention: 1-based lines and
// 0-based UTF-8 byte columns; the end is exclusive.
type Pos struct {
	Lineno       int
	ColOffset    int
	EndLineno    int
	EndColOffset int
}

// Loc returns the node's span; every positioned node embeds Pos.
func (p *Pos) Loc() *Pos { return p }

// Node is any syntax tree node.
type Node interface{ astNode() }

// Positioned is a node that carries a source span.
type Positioned interface {
	Node
	Loc() *Pos
}

// Root is a root node: Module, Interactive, Expression or FunctionType.
type Root interface {
	Node
	rootNode()
}

// Stmt is a statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Positioned
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Positioned
	patternNode()
}

// TypeParam is a PEP 695 type parameter node.
type TypeParam interface {
	Positioned
	typeParamNode()
}

// ---- constants ----

// NoneType is the type of None in Constant.Value.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (`...`) in Constant.Value.
type EllipsisType struct{}

// Bytes is a bytes literal's value in Constant.Value.
type Bytes []byte

var (
	// None is the value of the `None` constant.
	None = NoneType{}
	// Ellipsis is the value of the `...` constant.
	Ellipsis = EllipsisType{}
)

// ---- enumerations ----

// ExprContext says whether a target expression is loaded, stored or deleted.
type ExprContext uint8

// Expression contexts, as in CPython's expr_context.
const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string { return [...]string{"Load", "Store", "Del"}[c] }

// BoolOpKind is `and` or `or`.
type BoolOpKind uint8

// Boolean operators.
const (
	And BoolOpKind = iota
	Or
)

func (o BoolOpKind) String() string { return [...]string{"And", "Or"}[o] }

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

// Binary operators, in CPython's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var operatorSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

func (o Operator) String() string { return operatorNames[o] }

// Symbol returns the operator as written in source, e.g. "//".
func (o Operator) Symbol() string { return operatorSymbols[o] }

// UnaryOpKind is a unary operator.
type UnaryOpKind uint8

// Unary operators.
const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

func (o UnaryOpKind) String() string { return [...]string{"Invert", "Not", "UAdd", "USub"}[o] }

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func (o CmpOp) String() string { return cmpNames[o] }

// Symbol returns the operator as written in source, e.g. "not in".
func (o CmpOp) Symbol() string { return cmpSymbols[o] }

// ---- roots ----

// Module is a whole file.
type Module struct {
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// Interactive is a statement typed at the REPL ("single" mode).
type Interactive struct{ Body []Stmt }

// Expression is the root of an `eval` input.
type Expression struct{ Body Expr }

// FunctionType is the root of a function type comment.
type FunctionType struct {
	Argtypes []Expr
	Returns  Expr
}

// TypeIgnore is a `# type: ignore` comment (only with type comments on).
type TypeIgnore struct {
	Lineno int
	Tag    string
}

// ---- statements ----

// FunctionDef is `def`.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // optional
	TypeComment   string
	TypeParams    []TypeParam // 3.12
}

// AsyncFunctionDef is `async def`.
type AsyncFunctionDef FunctionDef

// ClassDef is `class`.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam // 3.12
}

// Return is `return [value]`.
type Return struct {
	Pos
	Value Expr // optional
}

// Delete is `del targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = value`.
type Assign struct {
	Pos
	Targets     []Expr
	Value       Expr
	TypeComment string
}

// TypeAlias is the 3.12 `type X[T] = value` statement.
type TypeAlias struct {
	Pos
	Name       Expr
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is `target op= value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`. Simple is 1 for a plain
// name target not in parentheses.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr // optional
	Simple     int
}

// For is `for target in iter: body else: orelse`.
type For struct {
	Pos
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// AsyncFor is `async for`.
type AsyncFor For

// While is `while test: body else: orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if test: body` with `elif`/`else` nested in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with items: body`.
type With struct {
	Pos
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// AsyncWith is `async with`.
type AsyncWith With

// Match is the `match` statement.
type Match struct {
	Pos
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Pos
	Exc   Expr // optional
	Cause Expr // optional
}

// Try is `try` with `except` handlers.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is `try` with `except*` handlers.
type TryStar Try

// Assert is `assert test[, msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr // optional
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from [.]module import names`. Module is "" for
// `from . import x`.
type ImportFrom struct {
	Pos
	Module string // optional
	Names  []*Alias
	Level  int
}

// Global is `global names`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal names`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression statement (CPython's `Expr` node).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// ---- expressions ----

// BoolOp is `a and b and c` (one node for a chain of one operator).
type BoolOp struct {
	Pos
	Op     BoolOpKind
	Values []Expr
}

// NamedExpr is the walrus `target := value`.
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is `left op right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `op operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOpKind
	Operand Expr
}

// Lambda is `lambda args: body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks a `**value` entry.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Pos
	Value Expr // optional
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `func(args, keywords)`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
// Conversion is -1 (none), 's', 'r' or 'a'.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr // optional; a JoinedStr
}

// JoinedStr is an f-string.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal; see the package comment for Value's types. Kind is
// "u" for a string written with a u prefix, else "".
type Constant struct {
	Pos
	Value any
	Kind  string // optional
}

// Attribute is `value.attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `value[slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*value`.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `lower:upper:step` inside a subscript.
type Slice struct {
	Pos
	Lower Expr // optional
	Upper Expr // optional
	Step  Expr // optional
}

// ---- other nodes ----

// Comprehension is one `for target in iter if ...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one `except [type [as name]]:` clause.
type ExceptHandler struct {
	Pos
	Type Expr   // optional
	Name string // optional
	Body []Stmt
}

// Arguments is a parameter list.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // optional
	Kwonlyargs  []*Arg
	KwDefaults  []Expr // one per Kwonlyargs entry; nil where no default
	Kwarg       *Arg   // optional
	Defaults    []Expr // for the last len(Defaults) of Posonlyargs+Args
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg         string
	Annotation  Expr // optional
	TypeComment string
}

// Keyword is `arg=value` in a call or class bases, or `**value` when Arg is "".
type Keyword struct {
	Pos
	Arg   string // optional
	Value Expr
}

// Alias is `name [as asname]` in an import.
type Alias struct {
	Pos
	Name   string
	Asname string // optional
}

// WithItem is `context_expr [as optional_vars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // optional
}

// MatchCase is `case pattern [if guard]: body`.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr // optional
	Body    []Stmt
}

// ---- patterns ----

// MatchValue matches a value pattern such as `1` or `Color.RED`.
type MatchValue struct {
	Pos
	Value Expr
}

// MatchSingleton matches None, True or False; Value is None or a bool.
type MatchSingleton struct {
	Pos
	Value any
}

// MatchSequence is `[p1, p2, *rest]`.
type MatchSequence struct {
	Pos
	Patterns []Pattern
}

// MatchMapping is `{k: p, **rest}`.
type MatchMapping struct {
	Pos
	Keys     []Expr
	Patterns []Pattern
	Rest     string // optional
}

// MatchClass is `Cls(p1, attr=p2)`.
type MatchClass struct {
	Pos
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*name` in a sequence pattern; Name is "" for `*_`.
type MatchStar struct {
	Pos
	Name string // optional
}

// MatchAs is `pattern as name`, a capture `name`, or the wildcard `_`
// (both fields empty).
type MatchAs struct {
	Pos
	Pattern Pattern // optional
	Name    string  // optional
}

// MatchOr is `p1 | p2`.
type MatchOr struct {
	Pos
	Patterns []Pattern
}

// ---- type parameters (3.12) ----

// TypeVar is `T` or `T: bound` in a type parameter list.
type TypeVar struct {
	Pos
	Name  string
	Bound Expr // optional
}

// ParamSpec is `**P` in a type parameter list.
type ParamSpec struct {
	Pos
	Name string
}

// TypeVarTuple is `*Ts` in a type parameter list.
type TypeVarTuple struct {
	Pos
	Name string
}

// ---- interface markers ----

func (*Module) astNode()        {}
func (*Interactive) astNode()   {}
func (*Expression) astNode()    {}
func (*FunctionType) astNode()  {}
func (*Module) rootNode()       {}
func (*Interactive) rootNode()  {}
func (*Expression) rootNode()   {}
func (*FunctionType) rootNode() {}

func (*TypeIgnore) astNode()    {}
func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*TypeAlias) astNode()        {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*TypeAlias) stmtNode()        {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) astNode()         {}
func (*MatchSingleton) astNode()     {}
func (*MatchSequence) astNode()      {}
func (*MatchMapping) astNode()       {}
func (*MatchClass) astNode()         {}
func (*MatchStar) astNode()          {}
func (*MatchAs) astNode()            {}
func (*MatchOr) astNode()            {}
func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

func (*TypeVar) astNode()            {}
func (*ParamSpec) astNode()          {}
func (*TypeVarTuple) astNode()       {}
func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}
