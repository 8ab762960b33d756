package jitcore

import bc "jitlens/jitcore/bytecode"

const yieldFromOp = bc.YIELD_FROM

// Generator is a suspended frame resumed by next(), send() and throw().
type Generator struct {
	frame        *Frame
	fn           *Function
	name         string
	qualname     string
	started      bool
	running      bool
	finished     bool
	pendingThrow *Exception
	savedHandled *Exception
}

func (*Generator) pyType() *Type { return GeneratorType }

func newGenerator(f *Frame, fn *Function) *Generator {
	g := &Generator{frame: f, fn: fn, name: fn.name, qualname: fn.qualname}
	f.gen = g
	return g
}

// resume runs the generator until its next yield; done reports that it
// returned (value is then the return value).
func (vm *VM) resume(g *Generator, sent Value, throw *Exception) (v Value, done bool, err error) {
	if g.finished {
		if throw != nil {
			return Null, true, throw
		}
		return None, true, nil
	}
	if g.running {
		return Null, false, newValueError("generator already executing")
	}
	f := g.frame
	if !g.started {
		if throw == nil && !sent.IsNull() && !sent.IsNone() {
			return Null, false, typeErrorf("can't send non-None value to a just-started generator")
		}
		g.started = true
		if throw != nil {
			g.finished = true
			return Null, true, throw
		}
	} else if throw == nil {
		f.s[f.sp] = sent
		f.sp++
	} else {
		g.pendingThrow = throw
	}
	g.running = true
	f.yielded = false
	saved := vm.handled
	vm.handled = g.savedHandled
	v, err = vm.runFrame(f)
	g.savedHandled = vm.handled
	vm.handled = saved
	g.running = false
	if err != nil {
		g.finished = true
		g.frame = f
		if isExc(err, StopIterationType) {
			e := newExc(RuntimeErrorType, "generator raised StopIteration")
			e.cause = Obj(err.(*Exception))
			e.context = err.(*Exception)
			e.suppress = true
			return Null, true, e
		}
		return Null, true, err
	}
	if f.yielded {
		return v, false, nil
	}
	g.finished = true
	return v, true, nil
}

// next advances a generator as the iterator protocol does.
func (g *Generator) next(vm *VM) (Value, bool, error) {
	v, done, err := vm.resume(g, None, nil)
	if err != nil {
		return Null, false, err
	}
	if done {
		return Null, false, nil
	}
	return v, true, nil
}

// sendTo implements one step of `yield from`: it sends v to it and returns
// the yielded value, or the final result with done=true.
func (vm *VM) sendTo(it Value, v Value) (Value, bool, error) {
	if g, ok := it.o.(*Generator); ok && it.k == kObj {
		r, done, err := vm.resume(g, v, nil)
		if err != nil {
			return Null, true, err
		}
		return r, done, nil
	}
	if v.IsNone() {
		r, ok, err := vm.next(it)
		if err != nil {
			if isExc(err, StopIterationType) {
				return stopIterationValue(err.(*Exception)), true, nil
			}
			return Null, true, err
		}
		if !ok {
			return None, true, nil
		}
		return r, false, nil
	}
	send, err := vm.getAttr(it, "send")
	if err != nil {
		return Null, true, err
	}
	r, err := vm.call(send, []Value{v}, nil)
	if err != nil {
		if isExc(err, StopIterationType) {
			return stopIterationValue(err.(*Exception)), true, nil
		}
		return Null, true, err
	}
	return r, false, nil
}

// genThrow implements generator.throw(exc).
func (vm *VM) genThrow(g *Generator, exc *Exception) (Value, error) {
	// delegate to a sub-iterator suspended in `yield from`
	if g.started && !g.finished && g.frame.sp > 0 {
		f := g.frame
		if f.pc < len(f.code.Instrs) && f.code.Instrs[f.pc].Op == yieldFromOp {
			sub := f.s[f.sp-1]
			if sg, ok := sub.o.(*Generator); ok && sub.k == kObj {
				r, err := vm.genThrow(sg, exc)
				if err == nil {
					return r, nil
				}
				if isExc(err, StopIterationType) {
					// sub-generator finished: its value replaces it on the stack
					f.s[f.sp-1] = stopIterationValue(err.(*Exception))
					f.pc++
					// continue after the YIELD_FROM with the result pushed
					v, done, err2 := vm.resumeAt(g)
					return vm.genResult(v, done, err2)
				}
				exc = toException(err)
			}
		}
	}
	v, done, err := vm.resume(g, Null, exc)
	return vm.genResult(v, done, err)
}

// resumeAt continues a generator whose frame was adjusted directly.
func (vm *VM) resumeAt(g *Generator) (Value, bool, error) {
	g.running = true
	g.frame.yielded = false
	v, err := vm.runFrame(g.frame)
	g.running = false
	if err != nil {
		g.finished = true
		return Null, true, err
	}
	if g.frame.yielded {
		return v, false, nil
	}
	g.finished = true
	return v, true, nil
}

func (vm *VM) genResult(v Value, done bool, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	if done {
		return Null, newStopIteration(v)
	}
	return v, nil
}

// genClose implements generator.close().
func (vm *VM) genClose(g *Generator) error {
	if !g.started || g.finished {
		g.finished = true
		return nil
	}
	_, err := vm.genThrow(g, &Exception{cls: GeneratorExitType})
	if err == nil {
		return newExc(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if isExc(err, GeneratorExitType) || isExc(err, StopIterationType) {
		return nil
	}
	return err
}
