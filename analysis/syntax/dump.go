package syntax

import (
	"reflect"
	"strconv"
	"strings"
)

// Dump returns the text CPython 3.11's ast.dump(node, include_attributes=...)
// prints for the same tree: class names, fields in ASDL order, absent
// optional fields left out, empty lists as [], and Python's repr of every
// constant. With includeAttributes, the positions of positioned nodes follow
// their fields as lineno, col_offset, end_lineno and end_col_offset.
//
// The 3.12 type_params field of FunctionDef and ClassDef, unknown to 3.11, is
// printed only when it is not empty (3.11 cannot parse such code anyway).
// A nil node, or a nil required child of a partial tree, prints as None.
func Dump(n Node, includeAttributes bool) string {
	p := &dumper{attrs: includeAttributes}
	p.node(n)
	return p.b.String()
}

// dumper writes one dump. first says whether the node being written has no
// field written yet, i.e. whether the next field needs no ", " before it.
type dumper struct {
	b     strings.Builder
	attrs bool
	first bool
}

// open starts a node's text: its class name and the opening parenthesis.
func (p *dumper) open(class string) {
	p.b.WriteString(class)
	p.b.WriteByte('(')
	p.first = true
}

// close writes the attributes of a positioned node (pos may be nil for
// nodes without any) and the closing parenthesis.
func (p *dumper) close(pos *Pos) {
	if p.attrs && pos != nil {
		p.intField("lineno", pos.Lineno)
		p.intField("col_offset", pos.ColOffset)
		p.intField("end_lineno", pos.EndLineno)
		p.intField("end_col_offset", pos.EndColOffset)
	}
	p.b.WriteByte(')')
	p.first = false
}

// leaf writes a node without fields or attributes, such as Load() or Add().
func (p *dumper) leaf(class string) {
	p.b.WriteString(class)
	p.b.WriteString("()")
	p.first = false
}

// name writes the separator and "name=" before a field's value.
func (p *dumper) name(field string) {
	if !p.first {
		p.b.WriteString(", ")
	}
	p.first = false
	p.b.WriteString(field)
	p.b.WriteByte('=')
}

func (p *dumper) intField(field string, v int) {
	p.name(field)
	p.b.WriteString(strconv.Itoa(v))
}

// strField writes a required identifier or string field.
func (p *dumper) strField(field, v string) {
	p.name(field)
	writeStrRepr(&p.b, v)
}

// optStrField writes an optional identifier or string field, left out when
// empty (CPython's None).
func (p *dumper) optStrField(field, v string) {
	if v != "" {
		p.strField(field, v)
	}
}

// nodeField writes a required child node.
func (p *dumper) nodeField(field string, n Node) {
	p.name(field)
	p.node(n)
}

// optNodeField writes an optional child node, left out when absent.
func (p *dumper) optNodeField(field string, n Node) {
	if !isNil(n) {
		p.nodeField(field, n)
	}
}

func (p *dumper) strList(field string, vs []string) {
	p.name(field)
	p.b.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			p.b.WriteString(", ")
		}
		writeStrRepr(&p.b, v)
	}
	p.b.WriteByte(']')
	p.first = false
}

// list writes a list field of n nodes, elem(i) returning the i-th.
func (p *dumper) list(field string, n int, elem func(i int) Node) {
	p.name(field)
	p.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.b.WriteString(", ")
		}
		p.node(elem(i))
	}
	p.b.WriteByte(']')
	p.first = false
}

func (p *dumper) stmts(field string, l []Stmt) {
	p.list(field, len(l), func(i int) Node { return l[i] })
}

func (p *dumper) exprs(field string, l []Expr) {
	p.list(field, len(l), func(i int) Node { return l[i] })
}

func (p *dumper) patterns(field string, l []Pattern) {
	p.list(field, len(l), func(i int) Node { return l[i] })
}

func (p *dumper) ctx(c ExprContext) {
	p.name("ctx")
	p.leaf(c.String())
}

// constant writes a constant value (Constant.value, MatchSingleton.value).
func (p *dumper) constant(field string, v any) {
	p.name(field)
	writeValueRepr(&p.b, v)
}

// isNil reports whether n is absent: a nil interface or a typed nil pointer
// (a partial tree may hold either).
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// node writes any node, or None for an absent one.
func (p *dumper) node(n Node) {
	if isNil(n) {
		p.b.WriteString("None")
		p.first = false
		return
	}
	switch n := n.(type) {
	case *Module:
		p.open("Module")
		p.stmts("body", n.Body)
		p.list("type_ignores", len(n.TypeIgnores), func(i int) Node { return n.TypeIgnores[i] })
		p.close(nil)
	case *Interactive:
		p.open("Interactive")
		p.stmts("body", n.Body)
		p.close(nil)
	case *Expression:
		p.open("Expression")
		p.nodeField("body", n.Body)
		p.close(nil)
	case *FunctionType:
		p.open("FunctionType")
		p.exprs("argtypes", n.Argtypes)
		p.nodeField("returns", n.Returns)
		p.close(nil)
	case *TypeIgnore:
		p.open("TypeIgnore")
		p.intField("lineno", n.Lineno)
		p.strField("tag", n.Tag)
		p.close(nil)
	case Stmt:
		p.stmt(n)
	case Expr:
		p.expr(n)
	case Pattern:
		p.pattern(n)
	case TypeParam:
		p.typeParam(n)
	default:
		p.other(n)
	}
}

// other writes the helper nodes that are neither statements, expressions,
// patterns nor roots.
func (p *dumper) other(n Node) {
	switch n := n.(type) {
	case *Comprehension:
		p.open("comprehension")
		p.nodeField("target", n.Target)
		p.nodeField("iter", n.Iter)
		p.exprs("ifs", n.Ifs)
		p.intField("is_async", n.IsAsync)
		p.close(nil)
	case *ExceptHandler:
		p.open("ExceptHandler")
		p.optNodeField("type", n.Type)
		p.optStrField("name", n.Name)
		p.stmts("body", n.Body)
		p.close(&n.Pos)
	case *Arguments:
		p.open("arguments")
		p.args("posonlyargs", n.Posonlyargs)
		p.args("args", n.Args)
		p.optNodeField("vararg", n.Vararg)
		p.args("kwonlyargs", n.Kwonlyargs)
		p.exprs("kw_defaults", n.KwDefaults)
		p.optNodeField("kwarg", n.Kwarg)
		p.exprs("defaults", n.Defaults)
		p.close(nil)
	case *Arg:
		p.open("arg")
		p.strField("arg", n.Arg)
		p.optNodeField("annotation", n.Annotation)
		p.optStrField("type_comment", n.TypeComment)
		p.close(&n.Pos)
	case *Keyword:
		p.open("keyword")
		p.optStrField("arg", n.Arg)
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *Alias:
		p.open("alias")
		p.strField("name", n.Name)
		p.optStrField("asname", n.Asname)
		p.close(&n.Pos)
	case *WithItem:
		p.open("withitem")
		p.nodeField("context_expr", n.ContextExpr)
		p.optNodeField("optional_vars", n.OptionalVars)
		p.close(nil)
	case *MatchCase:
		p.open("match_case")
		p.nodeField("pattern", n.Pattern)
		p.optNodeField("guard", n.Guard)
		p.stmts("body", n.Body)
		p.close(nil)
	default:
		// A node type this printer does not know is a bug in the printer;
		// show it rather than crash a language server.
		p.b.WriteString("<unknown node>")
		p.first = false
	}
}

func (p *dumper) args(field string, l []*Arg) {
	p.list(field, len(l), func(i int) Node { return l[i] })
}

func (p *dumper) typeParams(l []TypeParam) {
	p.list("type_params", len(l), func(i int) Node { return l[i] })
}

func (p *dumper) typeParam(n TypeParam) {
	switch n := n.(type) {
	case *TypeVar:
		p.open("TypeVar")
		p.strField("name", n.Name)
		p.optNodeField("bound", n.Bound)
		p.close(&n.Pos)
	case *ParamSpec:
		p.open("ParamSpec")
		p.strField("name", n.Name)
		p.close(&n.Pos)
	case *TypeVarTuple:
		p.open("TypeVarTuple")
		p.strField("name", n.Name)
		p.close(&n.Pos)
	}
}
