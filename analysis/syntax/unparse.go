package syntax

import (
	"math"
	"strings"
)

// Unparse renders an expression as CPython 3.11 does for the annotations of
// a module with `from __future__ import annotations` (ast_unparse.c): the
// canonical spelling, with parentheses only where precedence needs them.
func Unparse(e Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedence levels of ast_unparse.c, lowest first.
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prBor
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

type unparser struct{ b strings.Builder }

func (u *unparser) open(cond bool, s string) {
	if cond {
		u.b.WriteString(s)
	}
}

func binOpLevel(op Operator) (string, int) {
	switch op {
	case Add:
		return " + ", prArith
	case Sub:
		return " - ", prArith
	case Mult:
		return " * ", prTerm
	case MatMult:
		return " @ ", prTerm
	case Div:
		return " / ", prTerm
	case Mod:
		return " % ", prTerm
	case FloorDiv:
		return " // ", prTerm
	case Pow:
		return " ** ", prPower
	case LShift:
		return " << ", prShift
	case RShift:
		return " >> ", prShift
	case BitOr:
		return " | ", prBor
	case BitXor:
		return " ^ ", prBxor
	case BitAnd:
		return " & ", prBand
	}
	return " ? ", prArith
}

func (u *unparser) list(elts []Expr, level int) {
	for i, x := range elts {
		if i > 0 {
			u.b.WriteString(", ")
		}
		u.expr(x, level)
	}
}

func (u *unparser) expr(e Expr, level int) {
	switch n := e.(type) {
	case *Name:
		u.b.WriteString(n.Id)
	case *Constant:
		u.constant(n.Value)
	case *Attribute:
		u.expr(n.Value, prAtom)
		// `1 .real`: a dot right after an int literal would be a float
		if c, ok := n.Value.(*Constant); ok {
			switch c.Value.(type) {
			case int64, int:
				u.b.WriteString(" ")
			}
		}
		u.b.WriteString("." + n.Attr)
	case *Subscript:
		u.expr(n.Value, prAtom)
		u.b.WriteString("[")
		if t, ok := n.Slice.(*Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts, prTest)
			if len(t.Elts) == 1 {
				u.b.WriteString(",")
			}
		} else {
			u.expr(n.Slice, prTuple)
		}
		u.b.WriteString("]")
	case *Tuple:
		if len(n.Elts) == 0 {
			u.b.WriteString("()")
			return
		}
		u.open(level > prTuple, "(")
		u.list(n.Elts, prTest)
		if len(n.Elts) == 1 {
			u.b.WriteString(",")
		}
		u.open(level > prTuple, ")")
	case *List:
		u.b.WriteString("[")
		u.list(n.Elts, prTest)
		u.b.WriteString("]")
	case *Set:
		if len(n.Elts) == 0 {
			u.b.WriteString("{*()}")
			return
		}
		u.b.WriteString("{")
		u.list(n.Elts, prTest)
		u.b.WriteString("}")
	case *Dict:
		u.b.WriteString("{")
		for i, k := range n.Keys {
			if i > 0 {
				u.b.WriteString(", ")
			}
			if k == nil {
				u.b.WriteString("**")
				u.expr(n.Values[i], prBor)
				continue
			}
			u.expr(k, prTest)
			u.b.WriteString(": ")
			u.expr(n.Values[i], prTest)
		}
		u.b.WriteString("}")
	case *BinOp:
		sym, pr := binOpLevel(n.Op)
		rassoc := n.Op == Pow
		u.open(level > pr, "(")
		l, r := pr, pr+1
		if rassoc {
			l, r = pr+1, pr
		}
		u.expr(n.Left, l)
		u.b.WriteString(sym)
		u.expr(n.Right, r)
		u.open(level > pr, ")")
	case *UnaryOp:
		sym, pr := "-", prFactor
		switch n.Op {
		case Not:
			sym, pr = "not ", prNot
		case Invert:
			sym = "~"
		case UAdd:
			sym = "+"
		}
		u.open(level > pr, "(")
		u.b.WriteString(sym)
		u.expr(n.Operand, pr)
		u.open(level > pr, ")")
	case *BoolOp:
		sym, pr := " and ", prAnd
		if n.Op == Or {
			sym, pr = " or ", prOr
		}
		u.open(level > pr, "(")
		for i, v := range n.Values {
			if i > 0 {
				u.b.WriteString(sym)
			}
			u.expr(v, pr+1)
		}
		u.open(level > pr, ")")
	case *Compare:
		u.open(level > prCmp, "(")
		u.expr(n.Left, prCmp+1)
		for i, op := range n.Ops {
			u.b.WriteString(" " + op.Symbol() + " ")
			u.expr(n.Comparators[i], prCmp+1)
		}
		u.open(level > prCmp, ")")
	case *IfExp:
		u.open(level > prTest, "(")
		u.expr(n.Body, prTest+1)
		u.b.WriteString(" if ")
		u.expr(n.Test, prTest+1)
		u.b.WriteString(" else ")
		u.expr(n.Orelse, prTest)
		u.open(level > prTest, ")")
	case *Call:
		u.expr(n.Func, prAtom)
		u.b.WriteString("(")
		first := true
		sep := func() {
			if !first {
				u.b.WriteString(", ")
			}
			first = false
		}
		for _, a := range n.Args {
			sep()
			u.expr(a, prTest)
		}
		for _, k := range n.Keywords {
			sep()
			if k.Arg == "" {
				u.b.WriteString("**")
			} else {
				u.b.WriteString(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.b.WriteString(")")
	case *Starred:
		u.b.WriteString("*")
		u.expr(n.Value, prBor)
	case *Slice:
		if n.Lower != nil {
			u.expr(n.Lower, prTest)
		}
		u.b.WriteString(":")
		if n.Upper != nil {
			u.expr(n.Upper, prTest)
		}
		if n.Step != nil {
			u.b.WriteString(":")
			u.expr(n.Step, prTest)
		}
	case *Await:
		u.open(level > prAwait, "(")
		u.b.WriteString("await ")
		u.expr(n.Value, prAtom)
		u.open(level > prAwait, ")")
	case *NamedExpr:
		u.open(level > prTuple, "(")
		u.expr(n.Target, prAtom)
		u.b.WriteString(" := ")
		u.expr(n.Value, prAtom)
		u.open(level > prTuple, ")")
	default:
		// lambdas, comprehensions and f-strings in an annotation: rare
		// enough that their source-independent spelling is not needed
		u.b.WriteString("...")
	}
}

func (u *unparser) constant(v any) {
	switch v := v.(type) {
	case EllipsisType:
		u.b.WriteString("...")
	case float64:
		if math.IsInf(v, 0) {
			// ast_unparse writes an infinite literal as 1e309
			if v < 0 {
				u.b.WriteString("-")
			}
			u.b.WriteString("1e309")
			return
		}
		writeValueRepr(&u.b, v)
	default:
		writeValueRepr(&u.b, v)
	}
}
