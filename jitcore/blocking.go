package jitcore

// BlockKind says why the engine is about to block.
type BlockKind uint8

// Kinds of blocking.
const (
	BlockIO    BlockKind = iota + 1 // reading or writing a file or stream
	BlockSleep                      // time.sleep
)

// enterBlocking tells the profiler (through the Blocking hook) that the
// engine is about to block on behalf of the current frame; it returns
// whether leaveBlocking must be called.
func (vm *VM) enterBlocking(kind BlockKind) bool {
	if vm == nil || vm.Blocking == nil || vm.frame == nil {
		return false
	}
	// the profiler records a sample already due itself, as it blocks
	vm.interrupt.v.CompareAndSwap(interruptSample, interruptNone)
	vm.Blocking(kind, vm.frame)
	vm.blocked = true
	return true
}

// leaveBlocking ends what enterBlocking started, when it did start it.
func (vm *VM) leaveBlocking(entered bool) {
	if entered {
		vm.blocked = false
		if vm.Unblocked != nil {
			vm.Unblocked()
		}
	}
}
