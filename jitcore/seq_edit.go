package jitcore

// Slice edits shared by list and bytearray (the same algorithms over
// []Value and []byte).

// withoutStrided returns a new slice holding s without its n elements at
// start, start+step, ... (del s[a:b:c] once the slice is resolved).
func withoutStrided[T any](s []T, start, step, n int) []T {
	drop := make([]bool, len(s))
	for i := 0; i < n; i++ {
		drop[start+i*step] = true
	}
	out := make([]T, 0, len(s)-n)
	for i, x := range s {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

// spliced returns a new slice: s with s[start:stop] replaced by src
// (s[a:b] = src with step 1; a stop below start inserts at start).
func spliced[T any](s []T, start, stop int, src []T) []T {
	if stop < start {
		stop = start
	}
	out := make([]T, 0, len(s)-(stop-start)+len(src))
	out = append(out, s[:start]...)
	out = append(out, src...)
	return append(out, s[stop:]...)
}
