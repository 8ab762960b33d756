package jitcore

import (
	"errors"
	"time"
	_ "unsafe" // go:linkname for the monotonic clock

	bc "jitlens/jitcore/bytecode"
)

// Skidded samples. The interpreter notices a profiler tick only at loop
// back-edges and calls; sampling there would charge every tick that lands in
// a loop body to the loop header. Instead, a tick seen at a back-edge arms a
// skid: the frame runs its next iterations in a slow mode where every
// instruction first calls skidStep, which times the previous instruction
// and keeps one of them with probability proportional to its time. The
// sample is recorded at the next back-edge (or return) with the kept
// instruction's line.
//
// The slow mode is a nested eval of the same frame over a trap copy of the
// code's instructions (all opSkid except the one about to run, which
// skidStep puts in place as it moves along); when the sample is taken it
// returns errSkidDone and the outer eval goes on from the frame's saved pc.
// The fast loop pays nothing: its instruction slice never changes.

// opSkid is the trap opcode of the slow mode, far from the real opcodes
// (which may grow); with it the interpreter's switch covers all 256 values
// and needs no range check.
const opSkid bc.Opcode = 255

// skidMaxSteps bounds the slow mode, whose instructions each read the clock.
const skidMaxSteps = 2000

// errSkidDone ends the slow mode's nested eval: the frame goes on in the
// fast loop from its saved pc and sp.
var errSkidDone = errors.New("jitcore: skidded sample taken")

// skidState is the armed skid of a VM.
type skidState struct {
	frame     *Frame // the frame running in slow mode; nil when disarmed
	entering  bool   // the next eval is the slow mode's
	lastPC    int    // instruction started at lastT, or -1
	lastT     int64
	steps     int
	warm      bool  // the first lap is done; the slow mode's caches and branch predictors are warm
	total     int64 // summed weights of the instructions seen
	chosen    int   // the instruction kept so far
	rng       uint64
	clockCost int64 // cost of one clock read, taken out of each timing
	// traps holds a trap copy of each code's instructions; trap is the
	// armed frame's, with the real instruction at patched (or -1). A stale
	// frame running a patched copy still runs its own code's instruction.
	traps   map[*bc.Code][]bc.Instr
	trap    []bc.Instr
	patched int
	armedAt int64 // nanotime when the skid was armed
	stats   SkidStats
}

// SkidStats add up what the skidded samples of a run cost the engine, so
// that a profiled run can report the profiler's own overhead.
type SkidStats struct {
	// Samples is the number of samples taken in the slow mode.
	Samples int
	// Steps is the number of instructions the slow mode ran.
	Steps int
	// Slow is the time from arming to taking those samples: the slow
	// mode's own cost plus the work its instructions would have done
	// anyway at full speed, so an upper bound of what skidding costs.
	Slow time.Duration
}

// SkidStats returns the costs of the skidded samples so far. It must be
// called from the engine's goroutine, or once the run is over.
func (vm *VM) SkidStats() SkidStats { return vm.skid.stats }

//go:linkname nanotime runtime.nanotime
func nanotime() int64

// skidDue reports whether the raised interrupt flag asks for a sample at the
// back-edge of f at pc; if so it arms a skid, and the interpreter runs the
// frame's next iterations in the slow mode (a nested eval).
func (vm *VM) skidDue(f *Frame, pc int) bool {
	if vm.Sample == nil || !vm.interrupt.v.CompareAndSwap(interruptSample, interruptNone) {
		return false
	}
	sk := &vm.skid
	if sk.rng == 0 {
		sk.rng = uint64(nanotime()) | 1
		sk.clockCost = measureClockCost()
	}
	sk.unpatch()
	sk.armedAt = nanotime()
	sk.frame, sk.entering, sk.lastPC, sk.steps, sk.warm, sk.total, sk.chosen = f, true, -1, 0, false, 0, pc
	trap, ok := sk.traps[f.code]
	if !ok {
		trap = make([]bc.Instr, len(f.code.Instrs))
		for i := range trap {
			trap[i].Op = opSkid
		}
		if sk.traps == nil {
			sk.traps = map[*bc.Code][]bc.Instr{}
		}
		sk.traps[f.code] = trap
	}
	sk.trap = trap
	return true
}

// unpatch puts the trap back where skidStep last let a real instruction run.
func (sk *skidState) unpatch() {
	if sk.trap != nil && sk.patched >= 0 {
		sk.trap[sk.patched].Op = opSkid
	}
	sk.patched = -1
}

// skidStep runs in the slow mode before instruction pc of f. It returns
// true with pc's real instruction in place in the trap copy, or false when
// the sample is taken (or the skid belongs to another frame) and the slow
// mode must end.
func (vm *VM) skidStep(f *Frame, pc int) bool {
	sk := &vm.skid
	instrs := f.code.Instrs
	if sk.frame != f { // armed for another activation since
		return false
	}
	now := nanotime()
	sk.stats.Steps++
	if sk.lastPC >= 0 {
		switch instrs[sk.lastPC].Op {
		case bc.CALL, bc.CALL_KW:
			// these poll before and after the call: the ticks landing
			// before this point were taken there, so the back-edge's
			// share starts here
			sk.total, sk.chosen = 0, pc
		default:
			d := now - sk.lastT - sk.clockCost
			if d < 1 {
				d = 1
			}
			sk.total += d
			if sk.uniform()*float64(sk.total) < float64(d) { // keep it with probability d/total
				sk.chosen = sk.lastPC
			}
		}
	}
	sk.steps++
	switch in := instrs[pc]; {
	case in.Op == bc.JUMP && int(in.Arg) <= pc && !sk.warm:
		// the first lap runs cold (its first instructions take several
		// times longer): it only warms up, the second one is measured
		sk.warm, sk.total, sk.chosen = true, 0, pc
	case in.Op == bc.JUMP && int(in.Arg) <= pc, in.Op == bc.RETURN_VALUE, in.Op == bc.YIELD_VALUE,
		in.Op == bc.YIELD_FROM, sk.steps >= skidMaxSteps:
		sk.unpatch()
		vm.takeSkidSample(f, pc)
		return false
	}
	sk.unpatch()
	if rt := f.rt; rt != nil && rt.quick != nil && rt.quick[pc].Op != instrs[pc].Op {
		// The fast loop runs a specialized form here, the slow mode the
		// generic one, whose countdown is spent (a specialization leaves
		// it at zero): without a count left it would specialize the site
		// again on every skid, at a cost no unprofiled run pays.
		if e := &rt.spec[pc]; e.wait == 0 {
			e.wait = 1
		}
	}
	sk.trap[pc] = instrs[pc]
	sk.patched = pc
	sk.lastPC = pc
	sk.lastT = nanotime()
	return true
}

// takeSkidSample records the sample at the chosen instruction and disarms.
func (vm *VM) takeSkidSample(f *Frame, pc int) {
	sk := &vm.skid
	at := sk.chosen
	if sk.total == 0 {
		at = pc
	}
	sk.frame = nil
	sk.stats.Samples++
	sk.stats.Slow += time.Duration(nanotime() - sk.armedAt)
	if vm.Sample == nil {
		return
	}
	saved := f.lasti
	f.lasti = at
	vm.Sample(f)
	f.lasti = saved
}

// uniform returns a number in [0, 1) from xorshift64: cheap (no division),
// and good enough to pick an instruction.
func (sk *skidState) uniform() float64 {
	x := sk.rng
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	sk.rng = x
	return float64(x>>11) * 0x1p-53
}

// measureClockCost returns the smallest gap between two clock reads.
func measureClockCost() int64 {
	best := int64(1 << 62)
	for range 64 {
		a := nanotime()
		b := nanotime()
		if d := b - a; d < best {
			best = d
		}
	}
	return best
}
