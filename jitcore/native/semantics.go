package native

import "math"

// These functions define the Python semantics of the IR's int and float
// operations; Interpret uses them and native code matches them. ok is false
// where the op guards (the interpreter redoes it with big ints).

func addInt(a, b int64) (int64, bool) {
	r := a + b
	return r, (a^r)&(b^r) >= 0 // overflow iff both operands differ in sign from r
}

func subInt(a, b int64) (int64, bool) {
	r := a - b
	return r, (a^b)&(a^r) >= 0 // overflow iff a, b differ in sign and r differs from a
}

func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	r := a * b
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) || r/b != a {
		return r, false
	}
	return r, true
}

// floorDivInt is Python's a // b for b != 0.
func floorDivInt(a, b int64) (int64, bool) {
	if a == math.MinInt64 && b == -1 {
		return 0, false
	}
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
	}
	return q, true
}

// modInt is Python's a % b for b != 0: the result has the sign of b.
func modInt(a, b int64) int64 {
	if b == -1 {
		return 0
	}
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r
}

// shlInt is a << n for n >= 0.
func shlInt(a, n int64) (int64, bool) {
	if a == 0 {
		return 0, true
	}
	if n >= 64 {
		return 0, false
	}
	r := a << uint(n)
	return r, r>>uint(n) == a
}

// shrInt is a >> n for n >= 0.
func shrInt(a, n int64) int64 {
	if n >= 64 {
		n = 63
	}
	return a >> uint(n)
}

// floatToInt truncates toward zero; ok is false for NaN, ±Inf and values
// whose truncation is not in (MinInt64, MaxInt64] (-2**63 itself guards:
// native code cannot tell it from the conversion's failure value).
func floatToInt(v float64) (int64, bool) {
	if !(v > -9223372036854775808.0 && v < 9223372036854775808.0) {
		return 0, false
	}
	r := int64(v)
	return r, r != math.MinInt64
}

// pyIndex applies Python's index rule to i in a sequence of length n.
func pyIndex(i, n int64) (int64, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

func cmpInt(c Cond, a, b int64) bool {
	switch c {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return a < b
	case LE:
		return a <= b
	case GT:
		return a > b
	case GE:
		return a >= b
	}
	panic("bad condition")
}

// cmpFloat compares as Python: Go's IEEE comparisons already make every
// comparison with NaN false except !=.
func cmpFloat(c Cond, a, b float64) bool {
	switch c {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return a < b
	case LE:
		return a <= b
	case GT:
		return a > b
	case GE:
		return a >= b
	}
	panic("bad condition")
}
