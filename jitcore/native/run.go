package native

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"unsafe"
)

// Run executes the code from its entry with the frame's parameters and
// handles resumable exits in Go: a call out runs Hooks.Call and re-enters
// with its result; a poll reaches a safe point (so the garbage collector and
// the scheduler get their turn), calls Hooks.Poll if the interrupt flag was
// set, and re-enters. Run returns on ExitReturn, ExitDeopt and ExitError,
// or with an error when a hook fails; Get then reads the registers the
// exiting instruction listed in its State.
func (fr *Frame) Run(h *Hooks) (Exit, error) {
	fr.ctx[ctxResume] = 0
	return fr.loop(h)
}

func (fr *Frame) loop(h *Hooks) (Exit, error) {
	c := fr.code
	fr.ctx[ctxFuel] = uint64(fr.Fuel)
	defer runtime.KeepAlive(fr)
	for {
		kind := ExitKind(enter(c.mem.entry(), unsafe.Pointer(&fr.ctx[0])))
		fr.pinObjects() // before any Go code runs (nested.go)
		s := &c.sites[fr.ctx[ctxSite]]
		if kind != s.kind {
			return Exit{}, fmt.Errorf("native: exit code %v at site %d of kind %v", kind, fr.ctx[ctxSite], s.kind)
		}
		e := Exit{Kind: s.kind, Err: s.err, ID: s.id}
		switch kind {
		case ExitReturn:
			if s.valueType != 0 {
				e.Value = Value{s.valueType, fr.ctx[ctxRet]}
			}
			return e, nil
		case ExitDeopt, ExitError:
			return e, nil
		case ExitCall:
			if h == nil || h.Call == nil {
				return e, fmt.Errorf("native: call %d: no call hook", s.fn)
			}
			args := make([]Value, len(s.argTypes))
			for i, t := range s.argTypes {
				args[i] = Value{t, fr.ctx[c.layout.args+i]}
			}
			v, err := h.Call(s.fn, args)
			if err != nil {
				return e, err
			}
			if s.valueType != 0 {
				if v.Type != s.valueType {
					return e, fmt.Errorf("native: call %d returned %v, want %v", s.fn, v.Type, s.valueType)
				}
				fr.ctx[ctxRet] = v.Bits
			}
		case ExitPoll:
			fr.ctx[ctxFuel] = uint64(fr.Fuel)
			safePoint()
			if atomic.SwapUint64(&fr.ctx[ctxInterrupt], 0) != 0 && h != nil && h.Poll != nil {
				if err := h.Poll(s.id); err != nil {
					return e, err
				}
			}
		default:
			return e, fmt.Errorf("native: unknown exit %v", kind)
		}
		fr.rebindObjects()
		// The exit stub stored the resume index; ctxResume re-enters there.
	}
}

// safePoint is a real call with a stack check in its prologue (it is not a
// leaf), where a pending preemption or GC stop-the-world request is served.
//
//go:noinline
func safePoint() { safePointLeaf() }

//go:noinline
func safePointLeaf() {}
