package jitcore

import (
	"strconv"
	"strings"

	bc "jitlens/jitcore/bytecode"
)

// BaseExceptionGroup and ExceptionGroup (PEP 654). ExceptionGroup derives
// from both BaseExceptionGroup and Exception.
var (
	BaseExceptionGroupType = mkExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType     = func() *Type {
		t := mkExcType("ExceptionGroup", BaseExceptionGroupType)
		t.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
		t.MRO = []*Type{t, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
		return t
	}()
)

// excGroupAttr serves message and exceptions.
func excGroupAttr(e *Exception, name string) (Value, bool) {
	if e.excs == nil {
		return Null, false
	}
	switch name {
	case "message":
		if len(e.args) > 0 {
			return e.args[0], true
		}
		return Str(""), true
	case "exceptions":
		return NewTuple(e.excs...), true
	}
	return Null, false
}

// excGroupStr is str(group): the message and the count.
func excGroupStr(e *Exception) string {
	msg := ""
	if len(e.args) > 0 {
		msg, _ = asStr(e.args[0])
	}
	n := len(e.excs)
	s := "s"
	if n == 1 {
		s = ""
	}
	return msg + " (" + strconv.Itoa(n) + " sub-exception" + s + ")"
}

// egNew is BaseExceptionGroup.__new__(cls, message, exceptions): it checks
// the arguments, picks ExceptionGroup for BaseExceptionGroup(...) of plain
// Exceptions, and refuses BaseExceptions in an Exception subclass.
func egNew(vm *VM, cls *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, typeErrorf("%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 2 {
		return Null, typeErrorf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := asStr(args[0]); !ok {
		return Null, typeErrorf("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].Type().tpName())
	}
	if _, isRange := args[1].o.(*Range); !isSequence(args[1]) && !isRange && !hasUserGetitem(args[1]) {
		return Null, typeErrorf("second argument (exceptions) must be a sequence")
	}
	excs, err := vm.toSlice(args[1])
	if err != nil {
		return Null, err
	}
	if len(excs) == 0 {
		return Null, newValueError("second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, x := range excs {
		xe, ok := x.o.(*Exception)
		if !ok || x.k != kObj {
			return Null, newValueError("Item " + strconv.Itoa(i) + " of second argument (exceptions) is not an exception")
		}
		if !xe.cls.isSubtype(ExceptionType) {
			allExc = false
		}
	}
	switch {
	case cls == BaseExceptionGroupType:
		if allExc {
			cls = ExceptionGroupType
		}
	case cls == ExceptionGroupType:
		if !allExc {
			return Null, typeErrorf("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case cls.isSubtype(ExceptionType):
		if !allExc {
			return Null, typeErrorf("Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	e := &Exception{cls: cls, args: []Value{args[0], args[1]}, excs: append([]Value(nil), excs...)}
	if !cls.builtin || cls.hasDict {
		e.dict = NewDict()
	}
	return Obj(e), nil
}

// newGroupLike is group.derive(excs) followed by copying the traceback,
// cause, context and notes, as CPython's split and subgroup do.
func (vm *VM) newGroupLike(orig *Exception, excs []Value) (*Exception, error) {
	d, err := vm.getAttr(Obj(orig), "derive")
	if err != nil {
		return nil, err
	}
	r, err := vm.call(d, []Value{NewList(append([]Value(nil), excs...))}, nil)
	if err != nil {
		return nil, err
	}
	ne, ok := r.o.(*Exception)
	if !ok || r.k != kObj || ne.excs == nil {
		return nil, typeErrorf("derive must return an instance of BaseExceptionGroup")
	}
	ne.tb = orig.tb
	ne.cause, ne.context, ne.suppress = orig.cause, orig.context, orig.suppress
	if orig.dict != nil {
		if notes, ok := orig.dict.getStr("__notes__"); ok {
			if ne.dict == nil {
				ne.dict = NewDict()
			}
			ne.dict.setStr("__notes__", notes)
		}
	}
	return ne, nil
}

// egMatcher is the condition of split/subgroup/except*: an exception type,
// a tuple of types, or a predicate.
type egMatcher func(vm *VM, e *Exception) (bool, error)

func (vm *VM) makeEgMatcher(cond Value) (egMatcher, error) {
	if isExcTypeOrTuple(cond) {
		return func(vm *VM, e *Exception) (bool, error) { return vm.excMatches(Obj(e), cond) }, nil
	}
	if vm.isCallable(cond) {
		return func(vm *VM, e *Exception) (bool, error) {
			r, err := vm.call(cond, []Value{Obj(e)}, nil)
			if err != nil {
				return false, err
			}
			return vm.truth(r)
		}, nil
	}
	return nil, typeErrorf("expected a function, exception type or tuple of exception types")
}

func isExcTypeOrTuple(v Value) bool {
	if t, ok := v.o.(*Type); ok && v.k == kObj {
		return t.isSubtype(BaseExceptionType)
	}
	if tu, ok := asTuple(v); ok {
		for _, x := range tu.items {
			if t, ok := x.o.(*Type); !ok || x.k != kObj || !t.isSubtype(BaseExceptionType) {
				return false
			}
		}
		return true
	}
	return false
}

// egSplit splits e by the matcher into the matching and the remaining
// parts (nil for none), keeping the nesting (CPython's
// exceptiongroup_split_recursive).
func (vm *VM) egSplit(e *Exception, m egMatcher, wantRest bool) (match, rest *Exception, err error) {
	ok, err := m(vm, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if e.excs == nil {
		return nil, e, nil
	}
	var mlist, rlist []Value
	for _, x := range e.excs {
		xm, xr, err := vm.egSplit(x.o.(*Exception), m, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if xm != nil {
			mlist = append(mlist, Obj(xm))
		}
		if wantRest && xr != nil {
			rlist = append(rlist, Obj(xr))
		}
	}
	if len(mlist) > 0 {
		if match, err = vm.newGroupLike(e, mlist); err != nil {
			return nil, nil, err
		}
	}
	if len(rlist) > 0 {
		if rest, err = vm.newGroupLike(e, rlist); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

func setupExcGroupMethods() {
	bg := BaseExceptionGroupType
	BaseExceptionGroupType.newFn = egNew
	ExceptionGroupType.newFn = egNew
	newb := method(bg, "__new__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || !t.isSubtype(BaseExceptionGroupType) {
			return Null, typeErrorf("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
		}
		return egNew(vm, t, args[1:], kw)
	})
	bg.Dict.setStr("__new__", Obj(&StaticMethod{Obj(newb)}))
	method(bg, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) { return None, nil })
	method(bg, "derive", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("derive", args, kw, 1, 1); err != nil {
			return Null, err
		}
		e := args[0].o.(*Exception)
		return egNew(vm, BaseExceptionGroupType, []Value{e.args[0], args[1]}, nil)
	})
	method(bg, "split", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("split", args, kw, 1, 1); err != nil {
			return Null, err
		}
		m, err := vm.makeEgMatcher(args[1])
		if err != nil {
			return Null, err
		}
		match, rest, err := vm.egSplit(args[0].o.(*Exception), m, true)
		if err != nil {
			return Null, err
		}
		return NewTuple(excOrNone(match), excOrNone(rest)), nil
	})
	method(bg, "subgroup", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("subgroup", args, kw, 1, 1); err != nil {
			return Null, err
		}
		m, err := vm.makeEgMatcher(args[1])
		if err != nil {
			return Null, err
		}
		match, _, err := vm.egSplit(args[0].o.(*Exception), m, false)
		if err != nil {
			return Null, err
		}
		return excOrNone(match), nil
	})
	method(bg, "__class_getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(&genericAlias{origin: args[0].o.(*Type), args: args[1]}), nil
	})
}

func hasUserGetitem(v Value) bool {
	_, ok := userMethod(v, "__getitem__")
	return ok
}

// exceptStarState is the bookkeeping of one except* statement.
type exceptStarState struct {
	orig   *Exception   // the exception caught
	rest   *Exception   // what no clause has matched yet (nil: nothing)
	match  *Exception   // what the last clause matched
	raised []*Exception // what the handler bodies raised
}

func (*exceptStarState) pyType() *Type { return ObjectType }

// exceptStar runs one step of an except* statement (see bytecode's
// ExcStar* constants); reraise is true when the exception it returns
// propagates without a new traceback entry.
func (vm *VM) exceptStar(step int32, s []Value, sp int) (int, error, bool) {
	switch step {
	case bc.ExcStarBegin:
		exc := s[sp-1].o.(*Exception)
		s[sp-1] = Obj(&exceptStarState{orig: exc, rest: exc})
	case bc.ExcStarMatch:
		st := s[sp-2].o.(*exceptStarState)
		typ := s[sp-1]
		sp--
		s[sp] = Null
		if err := checkExceptStarType(typ); err != nil {
			return sp, err, false
		}
		st.match = nil
		if st.rest != nil {
			m, err := vm.makeEgMatcher(typ)
			if err != nil {
				return sp, err, false
			}
			ok, err := m(vm, st.rest)
			if err != nil {
				return sp, err, false
			}
			switch {
			case ok && st.rest.excs == nil:
				// a naked exception is wrapped in a group
				g, err := egNew(vm, BaseExceptionGroupType, []Value{Str(""), NewTuple(Obj(st.rest))}, nil)
				if err != nil {
					return sp, err, false
				}
				ge := g.o.(*Exception)
				ge.tb = st.rest.tb
				st.match, st.rest = ge, nil
			case ok:
				st.match, st.rest = st.rest, nil
			case st.rest.excs != nil:
				match, rest, err := vm.egSplit(st.rest, m, true)
				if err != nil {
					return sp, err, false
				}
				st.match, st.rest = match, rest
			}
		}
		s[sp] = Bool(st.match != nil)
		sp++
	case bc.ExcStarCurrent:
		st := s[sp-1].o.(*exceptStarState)
		s[sp] = Obj(st.match)
		sp++
	case bc.ExcStarRecord:
		st := s[sp-3].o.(*exceptStarState)
		st.raised = append(st.raised, s[sp-1].o.(*Exception))
		sp--
		s[sp] = Null
	case bc.ExcStarEnd:
		st := s[sp-1].o.(*exceptStarState)
		sp--
		s[sp] = Null
		r, err := vm.prepReraiseStar(st)
		if err != nil {
			return sp, err, false
		}
		if r != nil {
			return sp, r, true
		}
	}
	return sp, nil, false
}

// checkExceptStarType rejects what except* may not name.
func checkExceptStarType(typ Value) error {
	check := func(t Value) error {
		tt, ok := t.o.(*Type)
		if !ok || t.k != kObj || !tt.exc {
			return typeErrorf("catching classes that do not inherit from BaseException is not allowed")
		}
		if tt.isSubtype(BaseExceptionGroupType) {
			return typeErrorf("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tu, ok := asTuple(typ); ok {
		for _, t := range tu.items {
			if err := check(t); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// sameExcMetadata reports whether e carries orig's traceback, cause,
// context and notes: a part of orig re-raised rather than a new exception.
func sameExcMetadata(e, orig *Exception) bool {
	sameTB := len(e.tb) == len(orig.tb) && (len(e.tb) == 0 || &e.tb[0] == &orig.tb[0])
	notes := func(x *Exception) Value {
		if x.dict != nil {
			if n, ok := x.dict.getStr("__notes__"); ok {
				return n
			}
		}
		return Null
	}
	return sameTB && e.cause.is(orig.cause) && e.context == orig.context && notes(e).is(notes(orig))
}

func collectLeaves(e *Exception, into map[*Exception]bool) {
	if e.excs == nil {
		into[e] = true
		return
	}
	for _, x := range e.excs {
		collectLeaves(x.o.(*Exception), into)
	}
}

// prepReraiseStar is CPython's _PyExc_PrepReraiseStar: what an except*
// statement raises when its clauses are done, or nil.
func (vm *VM) prepReraiseStar(st *exceptStarState) (*Exception, error) {
	excs := append([]*Exception(nil), st.raised...)
	if st.rest != nil {
		excs = append(excs, st.rest)
	}
	if len(excs) == 0 {
		return nil, nil
	}
	if st.orig.excs == nil {
		// a naked exception: at most one clause ran
		return excs[0], nil
	}
	var raised []Value
	leaves := map[*Exception]bool{}
	reraised := false
	for _, e := range excs {
		if sameExcMetadata(e, st.orig) {
			collectLeaves(e, leaves)
			reraised = true
		} else {
			raised = append(raised, Obj(e))
		}
	}
	var reraisedEG *Exception
	if reraised {
		m := func(vm *VM, e *Exception) (bool, error) { return e.excs == nil && leaves[e], nil }
		match, _, err := vm.egSplit(st.orig, m, false)
		if err != nil {
			return nil, err
		}
		reraisedEG = match
	}
	if len(raised) == 0 {
		return reraisedEG, nil
	}
	if reraisedEG != nil {
		raised = append(raised, Obj(reraisedEG))
	}
	if len(raised) == 1 {
		return raised[0].o.(*Exception), nil
	}
	g, err := egNew(vm, BaseExceptionGroupType, []Value{Str(""), NewList(raised)}, nil)
	if err != nil {
		return nil, err
	}
	return g.o.(*Exception), nil
}

// excPrintCtx is CPython's _ExceptionPrintContext: the nesting depth of
// exception groups being printed, with their margins.
type excPrintCtx struct {
	out       strings.Builder
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

const (
	excGroupMaxWidth = 15
	excGroupMaxDepth = 10
)

func (c *excPrintCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with the group margin ("| ", or margin) before each line.
func (c *excPrintCtx) emit(text string, margin string) {
	prefix := c.indent()
	if c.depth > 0 {
		if margin == "" {
			margin = "|"
		}
		prefix += margin + " "
	}
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		c.out.WriteString(prefix + line)
	}
}

func chainHasGroup(e *Exception, seen map[*Exception]bool) bool {
	for e != nil && !seen[e] {
		seen[e] = true
		if e.excs != nil {
			return true
		}
		if c, ok := e.cause.o.(*Exception); ok && e.cause.k == kObj {
			e = c
		} else if !e.suppress {
			e = e.context
		} else {
			e = nil
		}
	}
	return false
}

// formatExcTree prints exc and its chain, expanding exception groups into
// their numbered sub-exceptions (traceback.TracebackException.format).
func (vm *VM) formatExcTree(ctx *excPrintCtx, exc *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for e := exc; e != nil; {
		ctx.seen[e] = true
		var next *Exception
		msg := ""
		if c, ok := e.cause.o.(*Exception); ok && e.cause.k == kObj && !ctx.seen[c] {
			next, msg = c, "\nThe above exception was the direct cause of the following exception:\n\n"
		} else if e.context != nil && !e.suppress && !ctx.seen[e.context] {
			next, msg = e.context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		chain = append(chain, link{msg, e})
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		e := chain[i].exc
		if chain[i].msg != "" {
			ctx.emit(chain[i].msg, "")
		}
		if e.excs == nil {
			ctx.emit(vm.tbText(e, "Traceback (most recent call last):\n"), "")
			ctx.emit(vm.excOnlyText(e), "")
		} else if ctx.depth > excGroupMaxDepth {
			ctx.emit(sprintf("... (max_group_depth is %d)\n", excGroupMaxDepth), "")
		} else {
			top := ctx.depth == 0
			if top {
				ctx.depth++
			}
			margin := ""
			if top {
				margin = "+"
			}
			if tb := vm.tbText(e, ""); tb != "" || len(e.tb) > 0 {
				ctx.emit("Exception Group Traceback (most recent call last):\n", margin)
				ctx.emit(tb, "")
			}
			ctx.emit(vm.excOnlyText(e), "")
			n := len(e.excs)
			if n > excGroupMaxWidth {
				n = excGroupMaxWidth + 1
			}
			ctx.needClose = false
			for j := 0; j < n; j++ {
				last := j == n-1
				if last {
					ctx.needClose = true
				}
				truncated := j >= excGroupMaxWidth
				title := sprintf("%d", j+1)
				if truncated {
					title = "..."
				}
				head := "  "
				if j == 0 {
					head = "+-"
				}
				ctx.out.WriteString(ctx.indent() + head + "+---------------- " + title + " ----------------\n")
				ctx.depth++
				if !truncated {
					vm.formatExcTree(ctx, e.excs[j].o.(*Exception))
				} else {
					rem := len(e.excs) - excGroupMaxWidth
					ctx.emit(sprintf("and %d more exception%s\n", rem, plural(rem, "", "s")), "")
				}
				if last && ctx.needClose {
					ctx.out.WriteString(ctx.indent() + "+------------------------------------\n")
					ctx.needClose = false
				}
				ctx.depth--
			}
			if top {
				ctx.depth = 0
			}
		}
	}
}
