package jitcore

import (
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/native"
)

// Module-level names in compiled code. A global holding an int, a float
// or a bool is a constant of the code; a global list or tuple of only
// ints, only floats or only bools is read in place (jit_listfn.go; only
// loads, no stores). No Python code
// runs while native code runs, so a global cannot change meanwhile: the
// guard is at entry, where canEnter compares the module dict's version
// with the compile's and, when it moved, the globals' values one by one.
//
// A for loop over a list (a local, a parameter or a global) nested in
// compiled code keeps its index in a register; an exit materializes the
// iterator at that index.

// globalConst is a global read as a constant.
type globalConst struct {
	name  string
	value Value
}

// globalRefs is what compiled code assumes of the module's globals.
type globalRefs struct {
	dict    *Dict
	version uint64
	consts  []globalConst
}

// canEnter checks the globals still hold the constants.
func (g *globalRefs) canEnter(f *Frame) bool {
	if len(g.consts) == 0 || (f.globals == g.dict && f.globals.version == g.version) {
		return true
	}
	for _, c := range g.consts {
		v, ok := f.globals.getStr(c.name)
		if !ok || v.k != c.value.k || v.n != c.value.n || (v.k == kFloat && scalarFloat(v) != scalarFloat(c.value)) {
			return false
		}
	}
	// the same values under a newer version: remember it
	g.dict, g.version = f.globals, f.globals.version
	return true
}

// loadGlobal translates LOAD_GLOBAL of a number or of a list or tuple of
// numbers; ok is false for other globals.
func (t *translator) loadGlobal(b *native.Block, pc, d int, name string) (slotKind, bool, *refusal) {
	if t.callee != nil {
		return 0, false, nil
	}
	v, ok := t.globals.getStr(name)
	if !ok {
		return 0, false, nil
	}
	if _, scalar := kindOf(v); scalar {
		k, r := t.constant(b, pc, d, v)
		if r != nil {
			return 0, false, r
		}
		if t.globalsRef.dict == nil {
			t.globalsRef.dict, t.globalsRef.version = t.globals, t.globals.version
		}
		for _, c := range t.globalsRef.consts {
			if c.name == name {
				return k, true, nil
			}
		}
		t.globalsRef.consts = append(t.globalsRef.consts, globalConst{name, v})
		return k, true, nil
	}
	var elem slotKind
	compact := false
	switch o := v.o.(type) {
	case *List:
		elem, compact = listKind(o), o.c != nil
	case *Tuple:
		elem = listKind(&List{vals: o.items})
	default:
		return 0, false, nil
	}
	if v.k != kObj {
		return 0, false, nil
	}
	for _, l := range t.lists {
		if l.gname == name {
			return l.kind, true, nil
		}
	}
	if elem == 0 {
		return 0, true, t.refuse(pc, "the global `%s` is %s that does not hold only ints, only floats or only bools", name, withArticle(v.Type().Name))
	}
	l, r := t.addList(pc, -1, elem, compact)
	if r != nil {
		return 0, true, r
	}
	l.gname, l.gval = name, v
	return l.kind, true, nil
}

// listObj is the list (or a global's tuple) object of list local l.
func (l *jitLocal) listObj(f *Frame) Object {
	if l.gname != "" {
		return l.gval.o
	}
	return f.s[l.slot].o
}

// canEnterGlobalList checks that global list l still names its object
// (the elements' kinds are guarded at each load).
func (l *jitLocal) canEnterGlobalList(f *Frame) bool {
	v, ok := f.globals.getStr(l.gname)
	if xs, isList := v.o.(*List); isList && l.compact && xs.c == nil {
		return false
	}
	return ok && v.k == kObj && v.o == l.gval.o
}

// skLIterBase+j is the j-th list iterator the code creates itself (a
// nested for loop over a list): its index lives in a register.
const skLIterBase slotKind = 80

// maxLIters bounds the nested list loops of one compile.
const maxLIters = 8

func (k slotKind) isLIter() bool { return k >= skLIterBase && k < skLIterBase+maxLIters }

// listIterReg is a nested list loop: the list and the index register.
type listIterReg struct {
	list int
	idx  native.Reg
}

// getListIter translates GET_ITER of list kind k.
func (t *translator) getListIter(b *native.Block, pc int, st []slotKind) (slotKind, *refusal) {
	n := len(st)
	if len(t.liters) == maxLIters {
		return 0, t.refuse(pc, "more than %d nested loops over lists", maxLIters)
	}
	if t.code.Instrs[pc+1].Op != bc.FOR_ITER {
		return 0, t.refuse(pc, "an iterator over a list")
	}
	li := int(st[n-1] - skListBase)
	r := t.fn.NewReg(native.Int)
	b.ConstInt(r, 0)
	t.liters = append(t.liters, listIterReg{list: li, idx: r})
	return skLIterBase + slotKind(len(t.liters)-1), nil
}

// lIterTest ends b with the test of FOR_ITER on list iterator it over l:
// on to the loop's body (returned) while the index is below the list's
// length, else to the loop's exit.
func (t *translator) lIterTest(b *native.Block, pc int, st []slotKind, it listIterReg, l *jitLocal, id int32) (*native.Block, *refusal) {
	ln, more := t.fn.NewReg(native.Int), t.fn.NewReg(native.Bool)
	b.Len(ln, l.buf)
	b.Compare(native.OpCmpInt, native.LT, more, it.idx, ln)
	body := t.forBody[pc-t.header]
	done, r := t.target(pc, int(t.code.Instrs[pc].Arg), st[:len(st)-1])
	if r != nil {
		return nil, r
	}
	b.Branch(more, body, done, id)
	return body, nil
}

// stepLIter translates FOR_ITER on a list iterator held in a register.
func (t *translator) stepLIter(b *native.Block, pc int, st []slotKind) ([]slotKind, bool, *refusal) {
	id := t.exitID(pc)
	n := len(st)
	it := t.liters[st[n-1]-skLIterBase]
	l := t.lists[it.list]
	if l.ct != nil && l.ct.sub != nil {
		return t.stepNestedLIter(b, pc, st) // jit_nested.go
	}
	body, r := t.lIterTest(b, pc, st, it, l, id)
	if r != nil {
		return nil, false, r
	}
	tmp, one := t.fn.NewReg(l.elem.bufferType()), t.fn.NewReg(native.Int)
	body.Load(tmp, l.buf, it.idx, id, t.state(pc, pc, st, "")...)
	if l.elem == skBool {
		body.Compare(native.OpCmpInt, native.NE, t.reg(n, skBool), tmp, t.zeroI)
	} else {
		body.Move(t.reg(n, l.elem), tmp)
	}
	body.ConstInt(one, 1)
	body.Binary(native.OpAddInt, it.idx, it.idx, one, id, t.state(pc, pc, st, "")...)
	nb, r := t.next(pc)
	if r != nil {
		return nil, false, r
	}
	body.Jump(nb, id)
	return push(st, l.elem), true, nil
}

// listIterValue materializes a nested list loop's iterator over obj.
func listIterValue(obj Object, i int64) Value {
	if tu, ok := obj.(*Tuple); ok {
		return Obj(sliceIter(tupleIterType, tu.items[min(int(i), len(tu.items)):]))
	}
	return Obj(&listIter{l: obj.(*List), i: int(i)})
}
