package pystr

import "unicode/utf8"

// IsASCII reports whether every byte of s is ASCII (str.isascii). ASCII
// strings index in O(1): a code-point index is a byte index.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len returns len(s) in code points.
func Len(s string) int {
	n := utf8.RuneCountInString(s)
	if HasSurrogate(s) { // each counted as three invalid bytes
		for i := 0; i+2 < len(s); i++ {
			if s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
				n -= 2
				i += 2
			}
		}
	}
	return n
}

// ByteOffset returns the byte offset of code point i of s (0 <= i <= Len(s));
// i == Len(s) gives len(s). It returns -1 when i is out of range.
func ByteOffset(s string, i int) int {
	if i < 0 {
		return -1
	}
	n := 0
	for off := 0; off < len(s); n++ {
		if n == i {
			return off
		}
		_, size := DecodeRune(s[off:])
		off += size
	}
	if n == i {
		return len(s)
	}
	return -1
}

// At returns code point i of s (s[i] in Python, i already made
// non-negative by the caller) and whether i was in range.
func At(s string, i int) (rune, bool) {
	off := ByteOffset(s, i)
	if off < 0 || off >= len(s) {
		return 0, false
	}
	r, _ := DecodeRune(s[off:])
	return r, true
}

// AdjustIndices clips slice bounds the way Python's slice.indices does for a
// sequence of the given length, with step != 0. Pass hasStart/hasStop false
// for omitted (None) bounds. It returns the normalized start and stop and
// the number of items the slice selects.
func AdjustIndices(length, start, stop, step int, hasStart, hasStop bool) (int, int, int) {
	if !hasStart {
		if step < 0 {
			start = length - 1
		} else {
			start = 0
		}
	} else {
		start = clipIndex(start, length, step)
	}
	if !hasStop {
		if step < 0 {
			stop = -1
		} else {
			stop = length
		}
	} else {
		stop = clipIndex(stop, length, step)
	}
	n := 0
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return start, stop, n
}

func clipIndex(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

// Slice returns s[start:stop:step] for bounds already normalized by
// AdjustIndices (n is the item count it returned).
func Slice(s string, start, step, n int) string {
	if n <= 0 {
		return ""
	}
	if IsASCII(s) {
		if step == 1 {
			return s[start : start+n]
		}
		b := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b[k] = s[i]
		}
		return string(b)
	}
	runes := Runes(s)
	if step == 1 {
		return FromRunes(runes[start : start+n])
	}
	out := make([]rune, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = runes[i]
	}
	return FromRunes(out)
}

// Indexer answers repeated code-point lookups on one string: O(1) for ASCII
// strings, and O(1) after an O(n) build for the others.
type Indexer struct {
	s       string
	ascii   bool
	offsets []int32 // byte offset of each code point, plus len(s) at the end
}

// NewIndexer prepares s for code-point indexing.
func NewIndexer(s string) *Indexer {
	x := &Indexer{s: s, ascii: IsASCII(s)}
	if !x.ascii {
		x.offsets = make([]int32, 0, len(s)+1)
		for off := 0; off < len(s); {
			x.offsets = append(x.offsets, int32(off))
			_, size := DecodeRune(s[off:])
			off += size
		}
		x.offsets = append(x.offsets, int32(len(s)))
	}
	return x
}

// Len returns the number of code points.
func (x *Indexer) Len() int {
	if x.ascii {
		return len(x.s)
	}
	return len(x.offsets) - 1
}

// At returns code point i (0 <= i < Len()).
func (x *Indexer) At(i int) rune {
	if x.ascii {
		return rune(x.s[i])
	}
	r, _ := DecodeRune(x.s[x.offsets[i]:])
	return r
}

// Char returns code point i as a one-character string, without allocating
// for ASCII.
func (x *Indexer) Char(i int) string {
	if x.ascii {
		return x.s[i : i+1]
	}
	return x.s[x.offsets[i]:x.offsets[i+1]]
}

// Substr returns the code points [i, j) (0 <= i <= j <= Len()).
func (x *Indexer) Substr(i, j int) string {
	if x.ascii {
		return x.s[i:j]
	}
	return x.s[x.offsets[i]:x.offsets[j]]
}

// Item implements s[i] for an int index (negative counts from the end):
// the one-character string, or IndexError "string index out of range".
func Item(s string, i int) (string, error) {
	if IsASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return "", &Error{Type: "IndexError", Msg: "string index out of range"}
		}
		return s[i : i+1], nil
	}
	if i < 0 {
		i += Len(s)
	}
	off := ByteOffset(s, i)
	if off < 0 || off >= len(s) {
		return "", &Error{Type: "IndexError", Msg: "string index out of range"}
	}
	_, size := DecodeRune(s[off:])
	return s[off : off+size], nil
}
