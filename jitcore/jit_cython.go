package jitcore

import "strings"

// Cython's pure-Python mode as type facts for the JIT. A function that
// carries @cython.locals, @cython.cfunc / @cython.ccall, cython-typed
// parameter annotations (`n: cython.int`), or calls cython.declare(x=...)
// is compiled early, like one under @njit, with its declared types as the
// signature:
//
//   - at its first call, as a whole, when its arguments are numbers or
//     lists and the declared parameters hold their declared types (the
//     entry checks them once per call, as for any compiled function);
//   - otherwise its loops at their first back-edge where the declared
//     locals that hold a value hold their declared types.
//
// Under Python the declarations change no value (cython.compiled is
// False), so a local that does not (yet) hold its declared type, e.g. a
// `total` declared double that starts as the int 0, only delays the compile
// to the usual threshold: the JIT never converts a value.

// cythonDecl is what Cython's declarations say about one code object.
type cythonDecl struct {
	// declared maps local slots to the kinds declared for them (C integer
	// types: int, floating types: float, bint: bool); other C types
	// (complex, memoryviews, str) are no fact for the JIT.
	declared map[int]slotKind
}

// cythonKind is the JIT kind of a pure-mode type: a cython typedef value,
// or its name in a string annotation ("cython.double").
func cythonKind(t Value) (slotKind, bool) {
	if td, ok := t.o.(*cythonTypedef); ok && t.k == kObj {
		switch td.base {
		case "int":
			return skInt, true
		case "float":
			return skFloat, true
		case "bool":
			return skBool, true
		}
		return 0, false
	}
	s, ok := asStr(t)
	if !ok || !strings.HasPrefix(s, "cython.") {
		return 0, false
	}
	return cythonNameKind(strings.TrimPrefix(s, "cython."))
}

// cythonNameKind is the JIT kind of a pure-mode type named in a string
// annotation (`from __future__ import annotations`).
func cythonNameKind(name string) (slotKind, bool) {
	switch name {
	case "float", "double", "longdouble":
		return skFloat, true
	case "bint":
		return skBool, true
	}
	for _, it := range cythonIntTypes {
		if name == it.name || name == "u"+it.name || name == "s"+it.name {
			return skInt, true
		}
	}
	return 0, false
}

// isCythonType reports whether t names a pure-mode type (typedef,
// memoryview type, or a string annotation "cython.X").
func isCythonType(t Value) bool {
	switch t.o.(type) {
	case *cythonTypedef, *cythonArrayType:
		return t.k == kObj
	}
	s, ok := asStr(t)
	return ok && strings.HasPrefix(s, "cython.")
}

// cythonDeclare records Cython declarations for fn's code: names maps
// variable names to their pure-mode types (nil when the decorator declares
// none, like @cython.cfunc). fn's parameter annotations are read too.
func (vm *VM) cythonDeclare(fn *Function, names map[string]Value) {
	if vm.jit == nil || fn.rt == nil {
		return
	}
	if fn.rt.jit == nil {
		fn.rt.jit = &jitFunc{}
	}
	jf := fn.rt.jit
	if jf.cy == nil {
		jf.cy = &cythonDecl{declared: map[int]slotKind{}}
	}
	slots := map[string]int{}
	for i, n := range fn.code.VarNames {
		slots[n] = i
	}
	add := func(name string, t Value) {
		slot, ok := slots[name]
		if !ok {
			return // a cell or an unknown name: no register to type
		}
		if k, ok := cythonKind(t); ok {
			jf.cy.declared[slot] = k
		}
	}
	for name, t := range names {
		add(name, t)
	}
	if d, ok := fn.annotations.o.(*Dict); ok && fn.annotations.k == kObj {
		for _, e := range d.items() {
			if name, ok := asStr(e.key); ok && name != "return" {
				add(name, e.val)
			}
		}
	}
}

// cythonAnnotated reads a function's parameter annotations at its first
// call: pure-mode types there (`n: cython.int`) are Cython declarations.
func (vm *VM) cythonAnnotated(fn *Function) {
	d, ok := fn.annotations.o.(*Dict)
	if !ok || fn.annotations.k != kObj || (fn.rt.jit != nil && fn.rt.jit.cy != nil) {
		return
	}
	for _, e := range d.items() {
		if isCythonType(e.val) {
			vm.cythonDeclare(fn, nil)
			return
		}
	}
}

// cythonDeclareHere is cython.declare(x=cython.int, ...) called inside a
// function: the running frame's code gets the declarations.
func (vm *VM) cythonDeclareHere(names map[string]Value) {
	f := vm.frame
	if f == nil || f.fn == nil || f.fn.code != f.code {
		return
	}
	vm.cythonDeclare(f.fn, names)
}

// declaredHold reports whether the locals of f that Cython declares and
// that hold a value hold their declared kinds; upTo bounds the slots
// checked (the parameters at a call, every local at a back-edge).
func (cy *cythonDecl) declaredHold(f *Frame, upTo int) bool {
	for slot, k := range cy.declared {
		if slot >= upTo {
			continue
		}
		v := f.s[slot]
		if v.IsNull() {
			continue
		}
		if got, ok := kindOf(v); !ok || got != k {
			return false
		}
	}
	return true
}

// cythonCallReady reports whether a Cython-declared function compiles as
// a whole at this call: it has the shape of one (no closure, not a
// generator...), every argument is a number or a list, and the declared
// parameters hold their declared types.
func cythonCallReady(f *Frame, jf *jitFunc) bool {
	if jf.cy == nil || !wholeFuncShape(f.code) {
		return false // its loops compile at once instead
	}
	n := f.code.ArgCount
	for i := 0; i < n; i++ {
		v := f.s[i]
		if _, ok := kindOf(v); ok {
			continue
		}
		if _, isList := v.o.(*List); isList && v.k == kObj {
			continue
		}
		return false
	}
	return jf.cy.declaredHold(f, n)
}

// cythonLoopReady reports whether a loop of f compiles at this back-edge
// without waiting for the threshold: f's code is Cython-declared and its
// declared locals hold their declared types.
func cythonLoopReady(f *Frame) bool {
	if f.rt == nil || f.rt.jit == nil || f.rt.jit.cy == nil {
		return false
	}
	return f.rt.jit.cy.declaredHold(f, len(f.code.VarNames))
}
