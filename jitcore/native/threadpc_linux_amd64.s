#include "textflag.h"

// The handler of ThreadPC's signal, called by the kernel with the C ABI:
// DI the signal number, SI the siginfo, DX the ucontext. It runs on the
// thread's alternate signal stack (SA_ONSTACK), calls nothing and touches
// only the pointer-free slot whose address is in si_value and the flags
// the slot names, and only for a signal queued by this process (si_code
// SI_QUEUE, si_pid our pid) or sent by a timer (SI_TIMER: a timer of
// this process, StartTimer). rt_sigreturn restores every register.
TEXT threadpcHandler<>(SB), NOSPLIT|NOFRAME, $0
	MOVL	8(SI), AX // si_code
	CMPL	AX, $-2   // SI_TIMER
	JEQ	ours
	CMPL	AX, $-1   // SI_QUEUE
	JNE	done
	MOVL	16(SI), AX // si_pid
	CMPL	AX, ·threadpcPid(SB)
	JNE	done
ours:
	MOVQ	24(SI), R8 // si_value: the thread's *pcSlot
	TESTQ	R8, R8
	JEQ	done
	MOVQ	168(DX), CX // uc_mcontext.gregs[REG_RIP]
	MOVQ	CX, 0(R8)   // slot.pc
	INCQ	8(R8)       // slot.seen: only this thread writes it
	MOVQ	16(R8), R9 // slot.flag: 0 -> slot.flagValue
	TESTQ	R9, R9
	JEQ	nodue
	XORL	AX, AX
	MOVQ	24(R8), R10
	LOCK
	CMPXCHGL	R10, 0(R9)
nodue:
	MOVQ	32(R8), R9 // slot.due = 1
	TESTQ	R9, R9
	JEQ	noactive
	MOVL	$1, 0(R9)
noactive:
	MOVQ	40(R8), R9 // slot.active: the running *Frame, if any
	TESTQ	R9, R9
	JEQ	done
	MOVQ	0(R9), R9
	TESTQ	R9, R9
	JEQ	done
	MOVQ	48(R8), R10 // slot.ctxOff
	MOVQ	(R9)(R10*1), R9 // the frame's context words
	MOVQ	$0x7fffffffffffffff, R10
	XCHGQ	R10, 24(R9) // ctx[ctxInterrupt] = MaxInt64, as Frame.Interrupt
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
