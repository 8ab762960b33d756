package jitcore

// EndKind is how a run of a program ended, as the engine saw it: callers
// such as the profiler's run report need it, and the exit status alone
// cannot tell (sys.exit(1) and an uncaught exception both exit with 1,
// sys.exit(2) and an unsupported construct both with 2).
type EndKind uint8

// How a run ended.
const (
	EndNotRun        EndKind = iota // the script could not be read: nothing ran
	EndNormal                       // the program ran to its end
	EndException                    // an uncaught exception, or a syntax error
	EndSysExit                      // SystemExit (sys.exit, exit(), quit())
	EndInterrupted                  // KeyboardInterrupt (Ctrl-C) was not caught
	EndInternalError                // the engine failed (a bug in jitlens)
	EndUnsupported                  // a construct or module jitlens does not support
)

var endNames = [...]string{EndNotRun: "not run", EndNormal: "normal", EndException: "exception",
	EndSysExit: "sys.exit", EndInterrupted: "interrupted", EndInternalError: "internal error",
	EndUnsupported: "unsupported"}

func (k EndKind) String() string {
	if int(k) < len(endNames) {
		return endNames[k]
	}
	return "end(?)"
}

// End returns how the VM's run ended so far (EndException until the main
// module has been compiled and run, so that syntax errors count as one).
func (vm *VM) End() EndKind { return vm.end }

// endOf classifies the error a program's main module ended with.
func endOf(err error) EndKind {
	if err == nil {
		return EndNormal
	}
	if _, ok := err.(*UnsupportedError); ok {
		return EndUnsupported
	}
	exc := toException(err)
	switch {
	case exc.cls.isSubtype(SystemExitType):
		return EndSysExit
	case exc.cls.isSubtype(KeyboardInterruptType):
		return EndInterrupted
	}
	return EndException
}

// endOfRun is how a run ended, for Options.End; vm is nil when the script
// could not be read.
func endOfRun(vm *VM) EndKind {
	if vm == nil {
		return EndNotRun
	}
	return vm.end
}
