package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// DTSFlags are the options of DoubleToString, after CPython's
// PyOS_double_to_string flags.
type DTSFlags uint8

const (
	// DTSSign always adds a sign ('+' for non-negative values).
	DTSSign DTSFlags = 1 << iota
	// DTSAddDot0 adds ".0" to values printed as integers in fixed notation.
	DTSAddDot0
	// DTSAlt is the alternate form ('#'): keep the decimal point and
	// trailing zeros.
	DTSAlt
	// DTSNoNegZero drops the sign of a result that rounds to zero ('z').
	DTSNoNegZero
)

// FloatRepr returns repr(f) and str(f): the shortest string that round-trips,
// in exponent notation when the decimal exponent is < -4 or >= 16.
func FloatRepr(f float64) string {
	return DoubleToString(f, 'r', 0, DTSAddDot0)
}

// DoubleToString formats x like CPython's PyOS_double_to_string. typ is one
// of 'e', 'E', 'f', 'F', 'g', 'G' (prec is the precision) or 'r' (shortest
// repr; prec is ignored).
func DoubleToString(x float64, typ byte, prec int, flags DTSFlags) string {
	upper := false
	switch typ {
	case 'E', 'F', 'G':
		upper = true
		typ += 'a' - 'A'
	}
	if typ == 'g' && prec == 0 {
		prec = 1
	}
	neg := math.Signbit(x)
	var body string
	switch {
	case math.IsNaN(x):
		body, neg = "nan", false // the sign of a NaN is never shown
	case math.IsInf(x, 0):
		body = "inf"
	default:
		body = formatFinite(math.Abs(x), typ, prec, flags)
		if neg && flags&DTSNoNegZero != 0 && isAllZero(body) {
			neg = false
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	switch {
	case neg:
		return "-" + body
	case flags&DTSSign != 0:
		return "+" + body
	}
	return body
}

// isAllZero reports whether a formatted mantissa has only zero digits.
func isAllZero(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '0', '.':
		case 'e':
			return true
		default:
			return false
		}
	}
	return true
}

// shortDigits returns the significant digits of x >= 0 (no trailing zeros
// except for zero itself, "0") and the position of the decimal point
// relative to them, like dtoa's (digits, decpt). ndigits < 0 asks for the
// shortest round-trip digits, otherwise x is correctly rounded to ndigits
// significant digits. The digits are appended to buf.
func shortDigits(buf []byte, x float64, ndigits int) ([]byte, int) {
	var tmp [32]byte
	var s []byte
	if ndigits < 0 {
		s = strconv.AppendFloat(tmp[:0], x, 'e', -1, 64)
	} else {
		s = strconv.AppendFloat(tmp[:0], x, 'e', ndigits-1, 64)
	}
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp := 0
	for _, c := range s[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if s[e+1] == '-' {
		exp = -exp
	}
	start := len(buf)
	for _, c := range s[:e] {
		if c != '.' {
			buf = append(buf, c)
		}
	}
	for len(buf) > start && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	if len(buf) == start {
		return append(buf, '0'), 1
	}
	return buf, exp + 1
}

func formatFinite(x float64, typ byte, prec int, flags DTSFlags) string {
	alt := flags&DTSAlt != 0
	if typ == 'f' {
		s := strconv.FormatFloat(x, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	}
	var digitBuf [32]byte
	var digits []byte
	var decpt int
	switch typ {
	case 'e':
		digits, decpt = shortDigits(digitBuf[:0], x, prec+1)
	case 'g':
		digits, decpt = shortDigits(digitBuf[:0], x, prec)
	default: // 'r'
		digits, decpt = shortDigits(digitBuf[:0], x, -1)
	}
	addDot0 := flags&DTSAddDot0 != 0
	useExp := false
	vdigitsEnd := len(digits)
	switch typ {
	case 'e':
		useExp = true
		vdigitsEnd = prec + 1
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vdigitsEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}
	b := make([]byte, 0, vdigitsEnd-vdigitsStart+8)
	for k := vdigitsStart; k < vdigitsEnd; k++ {
		if k == decpt {
			b = append(b, '.')
		}
		if k >= 0 && k < len(digits) {
			b = append(b, digits[k])
		} else {
			b = append(b, '0')
		}
	}
	if decpt == vdigitsEnd && alt {
		b = append(b, '.')
	}
	if useExp {
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}
