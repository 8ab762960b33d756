package jitcore

import "unsafe"

// List strategies: a list holding only ints (within int64), only floats
// or only bools, made by repetition (`[x] * n`, `n * [x]`, repeating such
// a list), keeps its elements compactly in a pointer-free slice: ints and
// floats as one 64-bit word each (the Value's payload: the int, the
// float's bits), bools as one byte each (0 or 1). That is 8 bytes (or 1)
// an element instead of a 32-byte Value, and the garbage collector never
// scans it.
//
// Safety by construction: List's generic field is vals, and only a few
// paths look at the compact form: len, truth, subscript get and set with
// an int index (plain and specialized), iteration, append of the same
// kind, repetition, slicing and copy (compact results), `in`, repr, ==
// and < between two compact lists, collecting the items (toSlice), and
// the native tier's buffers. Every other site calls values(), which turns
// a compact list into generic storage for good (it is never compacted
// again), so the rest of the engine sees a list exactly as before. A
// store or append of a value of another kind (a big int, a str, an int
// into a float list) generalizes the list first, then stores.
//
// Native code binds a compact list as an unboxed buffer: int64 words,
// float64 words, or bytes for bools (native.NewByteBuffer).
//
// Every repetition of a scalar is compact, however short: the native tier
// makes its lists compact too (its buffers' layout is fixed when it
// compiles), and one rule for both keeps a list handed from interpreted
// to compiled code in the layout the code was compiled for.
type compactList struct {
	k kind    // kInt, kFloat or kBool: the kind of every element
	w []int64 // kInt, kFloat: each element's payload word (Value.n)
	b []uint8 // kBool: each element's 0 or 1
}

// n is the number of elements.
func (c *compactList) n() int {
	if c.k == kBool {
		return len(c.b)
	}
	return len(c.w)
}

// get is element i as a Value.
func (c *compactList) get(i int) Value {
	if c.k == kBool {
		return Value{k: kBool, n: int64(c.b[i])}
	}
	return Value{k: c.k, n: c.w[i]}
}

// newCompact returns an empty compact list of kind k with room for n
// elements (len n, zeroed).
func newCompact(k kind, n int) *compactList {
	if k == kBool {
		return &compactList{k: k, b: make([]uint8, n)}
	}
	return &compactList{k: k, w: make([]int64, n)}
}

// bytes is the storage as bytes (for raw copies).
func (c *compactList) bytes() []byte {
	if c.k == kBool {
		return c.b
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(c.w))), len(c.w)*8)
}

// elemSize is the size in bytes of one element.
func (c *compactList) elemSize() int {
	if c.k == kBool {
		return 1
	}
	return 8
}

// compactKind reports whether x can be an element of a compact list.
func compactKind(x Value) bool {
	return (x.k == kInt || x.k == kFloat || x.k == kBool) && x.o == nil
}

// newCompactRepeat returns a compact list of n copies of x (compactKind).
func newCompactRepeat(x Value, n int) *List {
	c := newCompact(x.k, n)
	if x.n != 0 {
		if c.k == kBool {
			for i := range c.b {
				c.b[i] = 1
			}
		} else {
			for i := range c.w {
				c.w[i] = x.n
			}
		}
	}
	return &List{c: c}
}

// values returns the list's generic elements, converting a compact list
// to generic storage first (for good). Callers may read, write and
// reslice the result as the list's items.
func (l *List) values() []Value {
	if l.c != nil {
		l.generalize()
	}
	return l.vals
}

// setVals replaces the list's elements by vs (generic storage).
func (l *List) setVals(vs []Value) { l.vals, l.c = vs, nil }

// generalize converts a compact list to generic storage.
func (l *List) generalize() {
	l.vals, l.c = l.snapshot(), nil
}

// length is len(l).
func (l *List) length() int {
	if l.c != nil {
		return l.c.n()
	}
	return len(l.vals)
}

// at returns element i (0 <= i < length()).
func (l *List) at(i int) Value {
	if c := l.c; c != nil {
		return c.get(i)
	}
	return l.vals[i]
}

// setAt stores v at i (0 <= i < length()); a value of another kind makes
// the list generic.
func (l *List) setAt(i int, v Value) {
	if c := l.c; c != nil {
		if v.k == c.k && v.o == nil {
			if c.k == kBool {
				c.b[i] = uint8(v.n)
			} else {
				c.w[i] = v.n
			}
			return
		}
		l.generalize()
	}
	l.vals[i] = v
}

// push appends v; a value of another kind makes the list generic.
func (l *List) push(v Value) {
	if c := l.c; c != nil {
		if v.k == c.k && v.o == nil {
			if c.k == kBool {
				c.b = append(c.b, uint8(v.n))
			} else {
				c.w = append(c.w, v.n)
			}
			return
		}
		l.generalize()
	}
	l.vals = append(l.vals, v)
}

// compactRepeat returns l (compact) repeated to total elements, a
// multiple of its length (checked by the caller with repeatCount).
func (l *List) compactRepeat(total int) *List {
	c := l.c
	r := newCompact(c.k, total)
	if total > 0 {
		b := r.bytes()
		copy(b, c.bytes())
		fillDoubling(b, c.n()*c.elemSize())
	}
	return &List{c: r}
}

// truth is bool(l).
func (l *List) truth() bool { return l.length() != 0 }

// compactRepeatMax bounds the elements of a generic list whose repetition
// is made compact (`[x] * n`, `[a, b] * n`).
const compactRepeatMax = 16

// compactRepeatList returns l repeated count times (count >= 0) as a
// compact list when l is compact or holds at most compactRepeatMax
// elements of one compact kind; ok is false otherwise. r is nil (with ok)
// when the result would be too big (MemoryError).
func compactRepeatList(l *List, count int64) (r *List, ok bool) {
	c := l.c
	if c == nil {
		vs := l.vals
		if len(vs) == 0 || len(vs) > compactRepeatMax || !compactKind(vs[0]) {
			return nil, false
		}
		for _, v := range vs {
			if v.k != vs[0].k || v.o != nil {
				return nil, false
			}
		}
		c = newCompact(vs[0].k, 0)
		for _, v := range vs {
			(&List{c: c}).push(v)
		}
	}
	total, fits := repeatCount(c.n(), count, maxRepeatItems)
	if !fits {
		return nil, true
	}
	if c.n() == 1 {
		return newCompactRepeat(c.get(0), total), true
	}
	return (&List{c: c}).compactRepeat(total), true
}

// compactSlotKind is the native slot kind of list elements of kind k
// (kInt, kFloat or kBool), compact or not.
func compactSlotKind(k kind) slotKind {
	switch k {
	case kInt:
		return skInt
	case kBool:
		return skBool
	}
	return skFloat
}

// data is the address of the list's storage (words or Values).
func (l *List) data() unsafe.Pointer {
	if l.c != nil {
		return unsafe.Pointer(unsafe.SliceData(l.c.bytes()))
	}
	return unsafe.Pointer(unsafe.SliceData(l.vals))
}

// compactSlice is the compact list of the cnt elements of l (compact) from
// start by step; old, when reuse allows (see makeSlice) and it is a
// compact list of the same kind with room, is refilled instead.
func compactSlice(l, old *List, reuse bool, start, step, cnt int) *List {
	c := l.c
	var r *List
	if reuse && old != nil && old != l && old.c != nil && old.c.k == c.k && old.c.room() >= cnt {
		r = old
		if c.k == kBool {
			r.c.b = r.c.b[:cnt]
		} else {
			r.c.w = r.c.w[:cnt]
		}
	} else {
		r = &List{c: newCompact(c.k, cnt)}
	}
	if c.k == kBool {
		for i := range r.c.b {
			r.c.b[i] = c.b[start+i*step]
		}
	} else if step == 1 {
		copy(r.c.w, c.w[start:start+cnt])
	} else {
		for i := range r.c.w {
			r.c.w[i] = c.w[start+i*step]
		}
	}
	return r
}

// snapshot returns the list's elements without changing its storage: a
// new []Value for a compact list, the items themselves for a generic one.
func (l *List) snapshot() []Value {
	c := l.c
	if c == nil {
		return l.vals
	}
	vs := makeValues(c.n())
	if c.k == kBool {
		for i, b := range c.b {
			vs[i] = Value{k: kBool, n: int64(b)}
		}
		return vs
	}
	for i, n := range c.w {
		vs[i] = Value{k: c.k, n: n}
	}
	return vs
}

// room is how many elements the storage has room for.
func (c *compactList) room() int {
	if c.k == kBool {
		return cap(c.b)
	}
	return cap(c.w)
}

// The eval loop's list accesses branch on l.c themselves and spell the
// generic case out (Go inlines next to nothing into a function as big as
// eval), so that a generic list costs what it did before compact lists;
// the compact case is one call.

// next is element i for an iterator at i, ok false past the end.
func (l *List) next(i int) (Value, bool) {
	if l.c != nil {
		if i < l.c.n() {
			return l.c.get(i), true
		}
		return Null, false
	}
	if i < len(l.vals) {
		return l.vals[i], true
	}
	return Null, false
}

// item is l[i] of a compact list by Python's index rules.
func (c *compactList) item(i int64) (Value, bool) {
	n := int64(c.n())
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		return Null, false
	}
	return c.get(int(i)), true
}

// setCompactItem stores l[i] = v in a compact list by Python's index
// rules (a value of another kind makes it generic); false out of range.
func (l *List) setCompactItem(i int64, v Value) bool {
	n := int64(l.c.n())
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		return false
	}
	l.setAt(int(i), v)
	return true
}
