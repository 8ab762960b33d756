#include "textflag.h"

// func enter(code uintptr, ctx unsafe.Pointer) uint64
//
// Calls the generated code with the context in DI. The code is a frameless
// leaf that pushes nothing beyond the return address and leaves BP and SP
// alone; it returns its exit code in AX.
TEXT ·enter(SB), NOSPLIT, $0-24
	MOVQ code+0(FP), AX
	MOVQ ctx+8(FP), DI
	CALL AX
	MOVQ AX, ret+16(FP)
	RET
