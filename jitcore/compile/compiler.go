package compile

import (
	"fmt"
	"math"
	"strings"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// Error is a compile-time SyntaxError (e.g. "'return' outside function").
type Error struct {
	Msg       string
	Line, Col int
	EndLine   int
	EndCol    int
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Module compiles a parsed module. src is the source text, kept for
// tracebacks.
func Module(mod *syntax.Module, filename string, src []byte) (code *bc.Code, err error) {
	st, serr := buildSymtable(mod)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{filename: filename, st: st, lines: splitLines(string(src))}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*Error); ok {
				code, err = nil, ce
				return
			}
			panic(r)
		}
	}()
	c.readFuture(mod.Body)
	c.enterUnit(st.scopes[mod], "<module>", "<module>", 1)
	c.u.docstring(mod.Body)
	if hasAnnotations(mod.Body) {
		c.emit(bc.SETUP_ANNOTATIONS, 0)
	}
	c.stmts(mod.Body)
	c.loadConst(syntax.None)
	c.emit(bc.RETURN_VALUE, 0)
	return c.leaveUnit(), nil
}

func splitLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

type compiler struct {
	filename   string
	st         *symtable
	u          *unit
	lines      []string
	classNames []string // enclosing classes, for private name mangling
	captures   []string // names bound by the match pattern being compiled
	inCall     bool     // compiling the positional arguments of a call
	// from __future__ import annotations: annotations are stored as strings
	futureAnnotations bool
	future            map[*syntax.ImportFrom]bool // the module's leading future imports
}

// futureFeatures are the names `from __future__ import` accepts in 3.11.
var futureFeatures = map[string]bool{"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true}

// readFuture checks the future imports at the top of a module (after its
// docstring) and records the features they turn on.
func (c *compiler) readFuture(body []syntax.Stmt) {
	c.future = map[*syntax.ImportFrom]bool{}
	for i, s := range body {
		if i == 0 {
			if e, ok := s.(*syntax.ExprStmt); ok {
				if k, ok := e.Value.(*syntax.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue
					}
				}
			}
		}
		n, ok := s.(*syntax.ImportFrom)
		if !ok || n.Module != "__future__" || n.Level != 0 {
			return
		}
		c.future[n] = true
		for _, a := range n.Names {
			switch {
			case a.Name == "braces":
				c.errorAt(n, "not a chance")
			case !futureFeatures[a.Name]:
				c.errorAt(n, "future feature "+a.Name+" is not defined")
			case a.Name == "annotations":
				c.futureAnnotations = true
			}
		}
	}
}

// annotation pushes an annotation's value: the expression, or under
// `from __future__ import annotations` its text as CPython spells it.
func (c *compiler) annotation(e syntax.Expr) {
	if c.futureAnnotations {
		c.loadConst(syntax.Unparse(e))
		return
	}
	c.expr(e)
}

// fblockKind says what must be undone when a jump leaves a block.
type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTry         // try body guarded by SETUP_EXCEPT
	fbFinallyTry  // try body of a try/finally
	fbFinallyEnd  // finally body on the exception path: [exc] + handler block
	fbHandler     // except handler body: [exc] + handler block
	fbWith        // with body: [exit] + SETUP_EXCEPT
	fbHandlerName // named handler body: SETUP_EXCEPT guarding the cleanup of the name
	fbExceptStar  // except* handler body: break, continue and return may not leave it
)

type fblock struct {
	kind      fblockKind
	cont, brk int // labels for loops
	final     []syntax.Stmt
	name      string
}

type unit struct {
	c        *compiler
	scope    *scope
	code     *bc.Code
	instrs   []bc.Instr
	locs     []bc.Loc
	labels   []int
	consts   map[constKey]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int // cell and free variable slots
	fblocks  []fblock
	loc      bc.Loc
	parent   *unit
}

type constKey struct {
	typ string
	v   any
}

func (c *compiler) enterUnit(s *scope, name, qualname string, firstLine int) {
	code := &bc.Code{Name: name, QualName: qualname, Filename: c.filename, FirstLine: firstLine, SourceLines: c.lines}
	u := &unit{c: c, scope: s, code: code, consts: map[constKey]int{}, names: map[string]int{}, varnames: map[string]int{}, cells: map[string]int{}, parent: c.u}
	u.loc = bc.Loc{Line: int32(firstLine), EndLine: int32(firstLine), AnchorLeft: -1, AnchorRight: -1}
	if s.kind == functionScope || s.kind == comprehensionScope {
		code.Flags |= bc.FlagNewLocals
		for _, p := range s.params {
			u.varIndex(p)
		}
		for _, n := range s.order {
			f := s.flags[n]
			if f&defLocal != 0 && f&(defGlobal|defNonlocal|defFree|defCell) == 0 {
				u.varIndex(n)
			}
		}
	}
	if s.generator {
		code.Flags |= bc.FlagGenerator
	}
	// cells first (sorted by first appearance), then free variables
	for _, n := range s.order {
		if s.flags[n]&defCell != 0 {
			u.cells[n] = len(code.CellVars)
			code.CellVars = append(code.CellVars, n)
			arg := -1
			for i, p := range s.params {
				if p == n {
					arg = i
				}
			}
			code.Cell2Arg = append(code.Cell2Arg, arg)
		}
	}
	if s.kind == classScope && s.hasClassCell {
		u.cells["__class__"] = len(code.CellVars)
		code.CellVars = append(code.CellVars, "__class__")
		code.Cell2Arg = append(code.Cell2Arg, -1)
	}
	var frees []string
	for _, n := range s.order {
		if s.flags[n]&(defFree|defFreeClass) != 0 {
			if _, isCell := u.cells[n]; !isCell {
				frees = append(frees, n)
			}
		}
	}
	for _, n := range frees {
		u.cells[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	c.u = u
}

func (u *unit) docstring(body []syntax.Stmt) {
	if len(body) == 0 {
		return
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				u.code.Docstring = s
			}
		}
	}
}

func (u *unit) varIndex(name string) int {
	if i, ok := u.varnames[name]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.varnames[name] = i
	u.code.VarNames = append(u.code.VarNames, name)
	return i
}

func (u *unit) nameIndex(name string) int {
	if i, ok := u.names[name]; ok {
		return i
	}
	i := len(u.code.Names)
	u.names[name] = i
	u.code.Names = append(u.code.Names, name)
	return i
}

func (u *unit) constIndex(v any) int {
	var key constKey
	switch x := v.(type) {
	case float64:
		key = constKey{"float", math.Float64bits(x)}
	case *bc.Code, bc.ConstTuple, bc.ConstFrozenSet, complex128:
		key = constKey{"ptr", len(u.code.Consts)} // never shared
	case syntax.Bytes:
		key = constKey{"bytes", string(x)}
	default:
		if b, ok := v.(interface{ String() string }); ok && fmt.Sprintf("%T", v) == "*big.Int" {
			key = constKey{"bigint", b.String()}
		} else {
			key = constKey{fmt.Sprintf("%T", v), v}
		}
	}
	if i, ok := u.consts[key]; ok {
		return i
	}
	i := len(u.code.Consts)
	u.consts[key] = i
	u.code.Consts = append(u.code.Consts, v)
	return i
}

func (c *compiler) leaveUnit() *bc.Code {
	u := c.u
	code := u.code
	// resolve labels
	for i := range u.instrs {
		if u.instrs[i].Op.IsJump() {
			u.instrs[i].Arg = int32(u.labels[u.instrs[i].Arg])
		}
	}
	code.Instrs = u.instrs
	code.Locs = u.locs
	code.StackSize = stackDepth(code)
	c.u = u.parent
	return code
}

func (c *compiler) emit(op bc.Opcode, arg int) int {
	u := c.u
	u.instrs = append(u.instrs, bc.Instr{Op: op, Arg: int32(arg)})
	u.locs = append(u.locs, u.loc)
	return len(u.instrs) - 1
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) bind(l int) { c.u.labels[l] = len(c.u.instrs) }

func (c *compiler) jump(op bc.Opcode, l int) { c.emit(op, l) }

func (c *compiler) loadConst(v any) { c.emit(bc.LOAD_CONST, c.u.constIndex(v)) }

// setLoc makes n's span the location of the instructions emitted next and
// returns the previous location.
func (c *compiler) setLoc(n syntax.Positioned) bc.Loc {
	old := c.u.loc
	p := n.Loc()
	c.u.loc = bc.Loc{Line: int32(p.Lineno), Col: int32(p.ColOffset), EndLine: int32(p.EndLineno), EndCol: int32(p.EndColOffset), AnchorLeft: -1, AnchorRight: -1}
	return old
}

func (c *compiler) errorAt(n syntax.Positioned, msg string) {
	p := n.Loc()
	panic(&Error{Msg: msg, Line: p.Lineno, Col: p.ColOffset, EndLine: p.EndLineno, EndCol: p.EndColOffset})
}

// mangle applies private name mangling inside a class body.
func (c *compiler) mangle(name string) string {
	if len(c.classNames) == 0 || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	cls := strings.TrimLeft(c.classNames[len(c.classNames)-1], "_")
	if cls == "" {
		return name
	}
	return "_" + cls + name
}

// nameOp emits the load, store or delete of a variable.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	u := c.u
	s := u.scope
	f := s.flags[name]
	pick := func(load, store, del bc.Opcode) bc.Opcode {
		switch ctx {
		case syntax.Store:
			return store
		case syntax.Del:
			return del
		}
		return load
	}
	if idx, ok := u.cells[name]; ok && (f&(defFree|defCell) != 0 || name == "__class__") && !(s.kind == classScope && f&defFreeClass != 0) {
		if s.kind == classScope && ctx == syntax.Load && name != "__class__" {
			c.emit(bc.LOAD_CLASSDEREF, idx)
			return
		}
		c.emit(pick(bc.LOAD_DEREF, bc.STORE_DEREF, bc.DELETE_DEREF), idx)
		return
	}
	switch s.kind {
	case functionScope, comprehensionScope:
		if f&(defGlobal|defImplicitGlobal) != 0 || f == 0 {
			c.emit(pick(bc.LOAD_GLOBAL, bc.STORE_GLOBAL, bc.DELETE_GLOBAL), u.nameIndex(name))
			return
		}
		c.emit(pick(bc.LOAD_FAST, bc.STORE_FAST, bc.DELETE_FAST), u.varIndex(name))
	case classScope:
		if f&defGlobal != 0 {
			c.emit(pick(bc.LOAD_GLOBAL, bc.STORE_GLOBAL, bc.DELETE_GLOBAL), u.nameIndex(name))
			return
		}
		c.emit(pick(bc.LOAD_NAME, bc.STORE_NAME, bc.DELETE_NAME), u.nameIndex(name))
	default:
		if f&defGlobal != 0 {
			c.emit(pick(bc.LOAD_GLOBAL, bc.STORE_GLOBAL, bc.DELETE_GLOBAL), u.nameIndex(name))
			return
		}
		c.emit(pick(bc.LOAD_NAME, bc.STORE_NAME, bc.DELETE_NAME), u.nameIndex(name))
	}
}

// Eval compiles an expression for eval(): module scope, returning the value.
func Eval(expr syntax.Expr, filename string, src []byte) (code *bc.Code, err error) {
	mod := &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Pos: *expr.Loc(), Value: expr}}}
	st, serr := buildSymtable(mod)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{filename: filename, st: st, lines: splitLines(string(src))}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*Error); ok {
				code, err = nil, ce
				return
			}
			panic(r)
		}
	}()
	c.enterUnit(st.scopes[mod], "<module>", "<module>", 1)
	c.expr(expr)
	c.emit(bc.RETURN_VALUE, 0)
	return c.leaveUnit(), nil
}
