package pystr

import (
	"strings"
	"unicode/utf8"
)

// Bounds: the start/end arguments of find, count, startswith and friends
// are Python ints in code points; pass 0 and math.MaxInt for omitted ones.

// adjustIndices is CPython's ADJUST_INDICES: negative indices count from
// the end, and both are clipped to [0, length].
func adjustIndices(start, end, length int) (int, int) {
	if end > length {
		end = length
	} else if end < 0 {
		end += length
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += length
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// window returns s cut to code points [start, end) after adjustment, the
// adjusted start, and the code-point length of the window (negative when
// end < start).
func window(s string, start, end int) (string, int, int, bool) {
	ascii := IsASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	start, end = adjustIndices(start, end, n)
	if end < start {
		return "", start, end - start, ascii
	}
	if ascii {
		return s[start:end], start, end - start, true
	}
	lo := ByteOffset(s, start)
	hi := lo + ByteOffset(s[lo:], end-start)
	return s[lo:hi], start, end - start, false
}

// cpIndex converts a byte offset within w to a code-point index.
func cpIndex(w string, off int, ascii bool) int {
	if ascii {
		return off
	}
	return utf8.RuneCountInString(w[:off])
}

// Find implements str.find(sub, start, end): the lowest code-point index of
// sub in s[start:end], or -1.
func Find(s, sub string, start, end int) int {
	w, st, n, ascii := window(s, start, end)
	if n < 0 {
		return -1
	}
	i := strings.Index(w, sub)
	if i < 0 {
		return -1
	}
	return st + cpIndex(w, i, ascii)
}

// RFind implements str.rfind(sub, start, end): the highest index, or -1.
func RFind(s, sub string, start, end int) int {
	w, st, n, ascii := window(s, start, end)
	if n < 0 {
		return -1
	}
	i := strings.LastIndex(w, sub)
	if i < 0 {
		return -1
	}
	return st + cpIndex(w, i, ascii)
}

// Index implements str.index: Find, failing with ValueError.
func Index(s, sub string, start, end int) (int, error) {
	if i := Find(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// RIndex implements str.rindex: RFind, failing with ValueError.
func RIndex(s, sub string, start, end int) (int, error) {
	if i := RFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// Count implements str.count(sub, start, end): non-overlapping occurrences.
func Count(s, sub string, start, end int) int {
	w, _, n, ascii := window(s, start, end)
	if n < 0 {
		return 0
	}
	if sub == "" {
		if ascii {
			return n + 1
		}
		return utf8.RuneCountInString(w) + 1
	}
	return strings.Count(w, sub)
}

// StartsWith implements str.startswith for one prefix (the caller loops
// over a tuple).
func StartsWith(s, prefix string, start, end int) bool {
	w, _, n, _ := window(s, start, end)
	return n >= 0 && strings.HasPrefix(w, prefix)
}

// EndsWith implements str.endswith for one suffix.
func EndsWith(s, suffix string, start, end int) bool {
	w, _, n, _ := window(s, start, end)
	return n >= 0 && strings.HasSuffix(w, suffix)
}

// Contains implements `sub in s`.
func Contains(s, sub string) bool { return strings.Contains(s, sub) }

// Replace implements str.replace(old, new, count); count < 0 replaces all.
// An empty old inserts new before every character and at the end.
func Replace(s, old, new string, count int) string {
	if count < 0 {
		count = -1
	}
	return strings.Replace(s, old, new, count)
}

// RemovePrefix implements str.removeprefix.
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix implements str.removesuffix.
func RemoveSuffix(s, suffix string) string {
	if suffix == "" {
		return s
	}
	return strings.TrimSuffix(s, suffix)
}
