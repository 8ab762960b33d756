package native

import "unsafe"

// enter runs generated code at code with the context ctx (see enter_amd64.s)
// and returns its exit code. It clobbers every general and vector register
// but SP and BP; the ABI wrapper around this ABI0 function restores R14 (g)
// and X15 for the Go caller.
//
//go:noescape
func enter(code uintptr, ctx unsafe.Pointer) uint64
