package native

import (
	"fmt"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// mappedBytes counts the executable memory currently mapped.
var mappedBytes atomic.Int64

// MappedBytes returns how many bytes of executable memory are mapped for
// live Code.
func MappedBytes() int64 { return mappedBytes.Load() }

// execMem is a mapping holding machine code followed by the resume table.
// It is mapped read-write, filled, then switched to read-execute: it is
// never writable and executable at once.
type execMem struct {
	mem   []byte
	table uintptr // address of the resume table (absolute code addresses)
}

// mapCode maps code and a table of absolute addresses of the given code
// offsets, then makes the mapping executable.
func mapCode(code []byte, resumeOffsets []int64) (*execMem, error) {
	tableOff := (len(code) + 7) &^ 7
	size := tableOff + 8*len(resumeOffsets)
	page := syscall.Getpagesize()
	size = (size + page - 1) &^ (page - 1)
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("mmap: %w", err)
	}
	copy(mem, code)
	base := uintptr(unsafe.Pointer(&mem[0]))
	for i, off := range resumeOffsets {
		*(*uint64)(unsafe.Pointer(&mem[tableOff+8*i])) = uint64(base) + uint64(off)
	}
	if err := syscall.Mprotect(mem, syscall.PROT_READ|syscall.PROT_EXEC); err != nil {
		syscall.Munmap(mem)
		return nil, fmt.Errorf("mprotect: %w", err)
	}
	mappedBytes.Add(int64(len(mem)))
	return &execMem{mem: mem, table: base + uintptr(tableOff)}, nil
}

func (m *execMem) entry() uintptr { return uintptr(unsafe.Pointer(&m.mem[0])) }

// release unmaps the code; nothing may run it afterwards.
func releaseMem(mem []byte) {
	if syscall.Munmap(mem) == nil {
		mappedBytes.Add(-int64(len(mem)))
	}
}
