package jitcore

import bc "jitlens/jitcore/bytecode"

// reuse prepares a pooled frame for a call of fn, whose code is code,
// with value stack s. Assigning a whole Frame literal instead builds the
// frame on the Go stack and copies all of it, through a write barrier
// while the collector runs: a measurable share of every Python call. Only
// the fields a finished call can leave set are reset here, and pointers
// only when they are not nil already.
func (f *Frame) reuse(code *bc.Code, fn *Function, s []Value) {
	f.code, f.rt, f.fn, f.globals, f.s = code, fn.rt, fn, fn.globals, s
	if f.locals != nil || f.snap != nil || f.nsMap.o != nil || f.nsMap.k != kNull {
		f.locals, f.snap, f.nsMap = nil, nil, Null
	}
	if f.cells != nil {
		f.cells = nil
	}
	if f.back != nil {
		f.back = nil
	}
	if f.gen != nil {
		f.gen = nil
	}
	f.blocks = f.blocks[:0]
	f.sp, f.pc, f.lasti = 0, 0, 0
	f.yielded, f.done = false, false
}
