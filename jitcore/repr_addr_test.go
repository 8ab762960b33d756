package jitcore

import (
	"io"
	"strings"
	"testing"
)

// Addresses in reprs print as C pointers do: never with a minus sign,
// whatever the id of an unboxed number.
func TestAddrOfIsUnsigned(t *testing.T) {
	vm := NewVM(nil, io.Discard, io.Discard, nil)
	for _, v := range []Value{Float(-1.5), Float(1.5), Int(-1), Int(1 << 62), Float(-0.0), None, True} {
		a := vm.addrOf(v)
		if !strings.HasPrefix(a, "0x") || strings.Contains(a, "-") {
			t.Errorf("addrOf(%v) = %q", v, a)
		}
	}
}
