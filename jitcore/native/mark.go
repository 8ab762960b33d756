package native

import "sync/atomic"

// Marks tell a sampling profiler where native code is. Native code polls
// only at back-edges, so a sample recorded at a poll knows the loop, not
// the line the time went to. Instead, the engine puts an OpMark at the
// start of each source line; the mark is one store of an immediate into
// the frame's context, and the profiler's timer reads it (Frame.Mark) at
// the moment it fires, from its own goroutine: a sample of where the code
// was, not of where it next polls.

// Mark appends an OpMark storing id; ids are chosen by the engine (a
// bytecode offset) and must fit in 32 bits.
func (b *Block) Mark(id int32) {
	b.add(Instr{Op: OpMark, Dst: NoReg, A: NoReg, B: NoReg, Imm: int64(id) + 1, ID: id}) // 0 is "no mark"
}

// Mark returns the id of the last OpMark the frame ran, and false when it
// has run none since the frame was made or ResetMark was called. Safe from
// any goroutine while the code runs: the read is atomic and the code's
// stores are whole words.
func (fr *Frame) Mark() (int32, bool) {
	v := atomic.LoadUint64(&fr.ctx[ctxMark])
	if v == 0 {
		return 0, false
	}
	return int32(v - 1), true
}

// ResetMark forgets the last mark, before a new entry of a reused frame.
func (fr *Frame) ResetMark() { atomic.StoreUint64(&fr.ctx[ctxMark], 0) }
