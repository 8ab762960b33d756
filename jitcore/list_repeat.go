package jitcore

import (
	"math"
	"unsafe"
)

// Sequence repetition (`[x] * n`, `t * n`) without per-element work.
//
// The result is made once at its final size and filled by doubling
// copies: the first copy of the items, then copies of the filled prefix,
// so a list of millions of elements costs a few dozen memmoves rather
// than an append (and, while the GC marks, a write barrier) per element.
// Items that hold no Go pointer (ints, floats, bools, None-free scalars:
// o == nil) are copied as raw bytes: writing a nil interface over the nil
// interface of fresh memory needs no write barrier, so the typed copy's
// bulk barrier is skipped too.

// maxRepeatItems bounds the elements a repetition makes (64 GB of
// Values); beyond it the result is a MemoryError, as CPython's failed
// allocation.
const maxRepeatItems = 1 << 31

// repeatChunk is the size in bytes up to which raw doubling copies the
// whole filled prefix; beyond it the prefix's first repeatChunk bytes
// (still in cache) are copied again and again.
const repeatChunk = 64 << 10

// repeatFactor is the count of a repetition by int n, clamped at 0; an
// int beyond int64 is CPython's OverflowError.
func repeatFactor(n Value) (int64, error) {
	nb := intBase(n)
	if nb.k != kInt {
		return 0, newExc(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return max(nb.n, 0), nil
}

// repeatCount checks a repetition of a sequence of size elements count
// times (count already clamped at 0): ok is false when the result's size
// would exceed limit or overflow an int64 (CPython's PY_SSIZE_T_MAX / n
// check).
func repeatCount(size int, count int64, limit int64) (total int, ok bool) {
	if size == 0 || count == 0 {
		return 0, true
	}
	if count > math.MaxInt64/int64(size) || int64(size)*count > limit {
		return 0, false
	}
	return size * int(count), true
}

// repeatOverflows reports whether size*count overflows an int64 (the
// repetition is "too long" rather than out of memory).
func repeatOverflows(size int, count int64) bool {
	return size != 0 && count > math.MaxInt64/int64(size)
}

// repeatItems returns items repeated count times (the caller checked the
// size with repeatCount). The result never aliases items.
func repeatItems(items []Value, count int) []Value {
	total := len(items) * count
	if total == 0 {
		return []Value{}
	}
	out := makeValues(total)
	copy(out, items)
	if !pointerFree(items) {
		for filled := len(items); filled < total; {
			filled += copy(out[filled:], out[:filled])
		}
		return out
	}
	size := int(unsafe.Sizeof(Value{}))
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(out))), total*size)
	fillDoubling(b, len(items)*size)
	return out
}

// repeatValue returns a list's items of n copies of x (n >= 0).
func repeatValue(x Value, n int) []Value {
	return repeatItems([]Value{x}, n)
}

// fillDoubling fills b with copies of its first unit bytes: doubling while
// the filled prefix is small, then whole-chunk copies of a cached prefix
// (a multiple of unit) so that a large fill reads from cache and only
// streams its writes.
func fillDoubling(b []byte, unit int) {
	filled := unit
	for filled < len(b) && filled < repeatChunk {
		filled += copy(b[filled:], b[:filled])
	}
	chunk := filled
	if chunk > repeatChunk {
		chunk = repeatChunk / unit * unit
		if chunk == 0 {
			chunk = unit
		}
		chunk = min(chunk, filled)
	}
	for filled < len(b) {
		filled += copy(b[filled:], b[:chunk])
	}
}

// pointerFree reports whether no item holds a Go pointer (its interface is
// nil), so that items may be copied as raw bytes.
func pointerFree(items []Value) bool {
	for i := range items {
		if items[i].o != nil {
			return false
		}
	}
	return true
}

// makeValues returns a zeroed []Value of n elements.
//
// Measured and left out: advising a large array MADV_HUGEPAGE (fewer
// faults, fewer TLB misses in strided loops) made a 160 MB list up to
// 0.1 s faster when the kernel had huge pages at hand, but several times
// slower when it had to find them (clearing huge pages that the host
// had reclaimed, compaction stalls); MADV_POPULATE_WRITE gained nothing.
func makeValues(n int) []Value {
	return make([]Value, n)
}
