#include "textflag.h"

// The handler of ThreadPC's signal, called by the kernel with the C ABI:
// DI the signal number, SI the siginfo, DX the ucontext. It runs on the
// thread's alternate signal stack (SA_ONSTACK), calls nothing and touches
// only the pointer-free slot whose address the sender put in si_value,
// and only for a signal queued by this process (si_code SI_QUEUE, si_pid
// our pid).
TEXT threadpcHandler<>(SB), NOSPLIT|NOFRAME, $0
	CMPL	8(SI), $-1 // si_code == SI_QUEUE
	JNE	done
	MOVL	16(SI), AX // si_pid
	CMPL	AX, ·threadpcPid(SB)
	JNE	done
	MOVQ	24(SI), AX  // si_value: the thread's *pcSlot
	TESTQ	AX, AX
	JEQ	done
	MOVQ	168(DX), CX // uc_mcontext.gregs[REG_RIP]
	MOVQ	CX, 0(AX)   // slot.pc
	INCQ	8(AX)       // slot.seen: only this thread writes it
done:
	RET

// The restorer: return from the handler through rt_sigreturn.
TEXT threadpcReturn<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	$15, AX // SYS_rt_sigreturn
	SYSCALL
	INT	$3

// func threadpcHandlerAddrs() (handler, restorer uintptr)
TEXT ·threadpcHandlerAddrs(SB), NOSPLIT, $0-16
	LEAQ	threadpcHandler<>(SB), AX
	MOVQ	AX, handler+0(FP)
	LEAQ	threadpcReturn<>(SB), AX
	MOVQ	AX, restorer+8(FP)
	RET
