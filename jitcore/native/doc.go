// Package native is the backend of jitlens's native tier: a small typed
// low-level IR and a code generator that runs it as x86-64 machine code
// inside the Go program. It imports nothing else of jitcore.
//
// # The IR
//
// A Func holds typed virtual registers (Int, Float, Bool) and basic blocks.
// Registers are mutable variables, not SSA values: a Python local of a
// specialised type maps to one register and an assignment is a Move, so
// translating bytecode needs no phi construction. Blocks are laid out in
// creation order, Blocks[0] being the entry; a jump or branch to a block
// that does not come later is a back-edge and polls. Interpret is the
// reference interpreter: it defines the semantics of every op.
//
// Every instruction that can leave native code carries an ID chosen by the
// engine and a State: the registers the interpreter needs if it takes over
// there. Ops that exit leave their operands unchanged, so the interpreter
// can redo the instruction (with big ints after an overflow, or to raise
// the exception with its own message after an error).
//
// # Running
//
// Compile verifies the Func, allocates machine registers (linear scan over
// the block order; values that do not fit live in their context slot),
// assembles with golang-asm and maps the code executable. Code.NewFrame
// makes an activation; Frame.Set / SetInts / SetFloats provide the
// parameters and buffers; Frame.Run runs it and handles call-outs and polls
// through Hooks, returning on return, deopt or error; Frame.Get then reads
// the State registers.
//
// Native code is a frameless leaf entered through a Go assembly trampoline.
// It keeps everything that outlives an exit in its Frame's context (a
// pointer-free []uint64 on the Go heap), never stores a Go pointer, touches
// only unboxed numbers, pointer-free buffers and the pointer-free words of
// boxed records, all kept alive by the Frame, and
// leaves through exit codes that Run handles in Go before re-entering
// through the resume table at the code's entry.
//
// # Translating bytecode
//
//   - One register per specialised local and per value-stack slot (or per
//     temporary: registers are cheap, the allocator reuses machine
//     registers). Declare parameters with NewParam for the locals live on
//     entry; for on-stack replacement of a hot loop, make the locals live at
//     the loop header parameters and jump from the entry to the header.
//   - Use the bytecode offset as the ID of every exiting instruction and of
//     back-edges, and list in State the registers holding the locals and
//     stack values the interpreter frame needs at that offset. On ExitDeopt
//     and ExitError, rebuild the frame from Frame.Get and resume the
//     interpreter at that offset (it re-executes the instruction).
//   - while/for loops: a header block with a compare and a branch (fused
//     into flags), the body, and a Jump back to the header; the code
//     generator rotates such loops itself.
//   - Lists: declare a boxed buffer per list with NewBoxedBuffer and bind
//     the engine's own array of 32-byte values in place with SetBoxed
//     (boxed.go): loads guard the element's tag (ExitDeopt), stores write
//     only a scalar over a scalar (tag and payload words, never a pointer).
//     Unboxed buffers (NewBuffer, SetInts / SetFloats) hold []int64 /
//     []float64; byte buffers (NewByteBuffer, SetBytes: bytebuf.go) are
//     Int buffers of []uint8. Either way, bind again after any exit whose Go code may
//     reallocate or resize the array. Load and Store apply Python's index
//     rules.
//   - Containers of containers (nested.go): LoadBuffer guards that a
//     boxed record holds an object of one Go type and binds a Dynamic
//     buffer to it (its address and items in context words); CopyBuffer
//     copies such a binding. Run pins those objects before any Go code
//     runs at an exit and rebinds their items after.
//   - Calls (math.sin, a builtin, another Python function, including
//     another compiled one run in a new Frame) are OpCall exits handled by
//     Hooks.Call. A function calling itself uses OpCallSelf: the caller's
//     live registers and its continuation's resume index go on a
//     pointer-free stack in the Frame (Frame.SetCallDepth bounds it; the
//     call past the bound deopts), the code jumps to its own start, and a
//     return with callers waiting jumps to the continuation on top. After
//     an exit deep in the recursion, Frame.Depth, TopCall, Unwind (make the
//     waiting caller current, its registers readable with Get) and Resume
//     (continue the caller with a result computed in Go) let the engine
//     finish the innermost activation elsewhere. Polls give Hooks.Poll the back-edge ID: record the
//     profiler sample there; return an error to cancel.
//   - Not ops: float // and %, **, int / int (convert with IntToFloat only
//     when both ints are known to be exact in a float64, |x| <= 2**53),
//     big ints. Leave them to the interpreter (Deopt) or call out.
package native
