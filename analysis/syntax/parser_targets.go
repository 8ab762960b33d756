package syntax

// setContext marks an assignment or deletion target and its parts with
// ctx, failing with CPython's message when e cannot be a target. verb is
// "assign to" or "delete".
func (p *parser) setContext(e Expr, ctx ExprContext, verb string) {
	if bad := invalidTarget(e, ctx); bad != nil {
		p.failNode(bad, "cannot "+verb+" "+exprName(bad))
	}
	applyContext(e, ctx)
}

func applyContext(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		applyContext(x.Value, ctx)
	case *List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			applyContext(el, ctx)
		}
	case *Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			applyContext(el, ctx)
		}
	}
}

// invalidTarget returns the first part of e that cannot be a target.
func invalidTarget(e Expr, ctx ExprContext) Expr {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if ctx == Del {
			return e
		}
		return invalidTarget(x.Value, ctx)
	case *List:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *Compare:
		// `for x in y` style mistakes: CPython blames the left operand when
		// the comparison is an `in` test.
		if ctx == Store && len(x.Ops) > 0 && x.Ops[0] == In {
			return invalidTarget(x.Left, ctx)
		}
	}
	return e
}

// exprName names an expression kind the way CPython's error messages do.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := x.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
