package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pystr"
)

// toASCIIDigits maps Unicode whitespace to ' ' and Unicode decimal digits to
// ASCII digits, and cuts the string at the first other non-ASCII character
// (replaced by '?'), as CPython does before parsing numbers.
func toASCIIDigits(s string) string {
	if pystr.IsASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case pystr.IsSpaceRune(r):
			b = append(b, ' ')
		default:
			d := pystr.DecimalValue(r)
			if d < 0 {
				return string(append(b, '?'))
			}
			b = append(b, byte('0'+d))
		}
	}
	return string(b)
}

// isASCIISpace is CPython's Py_ISSPACE.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// ParseInt implements int(s, base) for a str argument: base is 0 or 2..36.
// The result is returned as an int64 when it fits (z is nil), else as
// z. Errors carry CPython's messages, quoting s with its repr.
func ParseInt(s string, base int) (small int64, z *big.Int, err error) {
	if (base != 0 && base < 2) || base > 36 {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, z, ok, err := parseIntASCII(toASCIIDigits(s), base)
	if err != nil {
		return 0, nil, err
	}
	if !ok {
		return 0, nil, invalidIntLiteral(s, base)
	}
	return small, z, nil
}

// invalidIntLiteral builds the message with the repr cut to 200 characters,
// as CPython's "%.200R" does.
func invalidIntLiteral(s string, base int) error {
	r := pystr.Repr(s)
	if utf8.RuneCountInString(r) > 200 {
		r = string([]rune(r)[:200])
	}
	return valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + r)
}

func parseIntASCII(s string, base int) (int64, *big.Int, bool, error) {
	s = trimASCIISpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	oldOctal := false // base 0 with a leading 0: only zeros are allowed
	hasPrefix := func(c byte) bool {
		return len(s) >= 2 && s[0] == '0' && (s[1]|0x20) == c
	}
	if base == 0 {
		switch {
		case s == "" || s[0] != '0':
			base = 10
		case hasPrefix('x'):
			base = 16
		case hasPrefix('o'):
			base = 8
		case hasPrefix('b'):
			base = 2
		default:
			base, oldOctal = 10, true
		}
	}
	if (base == 16 && hasPrefix('x')) || (base == 8 && hasPrefix('o')) || (base == 2 && hasPrefix('b')) {
		s = s[2:]
		if s != "" && s[0] == '_' {
			s = s[1:] // one underscore may follow the prefix
		}
	}
	if s == "" || s[0] == '_' {
		return 0, nil, false, nil
	}
	// Scan digits and single underscores between them.
	digits := make([]byte, 0, len(s))
	i := 0
	prev := byte(0)
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return 0, nil, false, nil
			}
		} else if digitValue(c) < base {
			digits = append(digits, c)
		} else {
			break
		}
		prev = c
	}
	if prev == '_' || len(digits) == 0 {
		return 0, nil, false, nil
	}
	if limit := MaxStrDigits(); base&(base-1) != 0 && limit > 0 && len(digits) > limit {
		return 0, nil, false, parseLimitError(len(digits))
	}
	if trimASCIISpace(s[i:]) != "" {
		return 0, nil, false, nil
	}
	if oldOctal && strings.Trim(string(digits), "0") != "" {
		return 0, nil, false, nil
	}
	if len(digits) <= 64 {
		if u, err := strconv.ParseUint(string(digits), base, 64); err == nil {
			if !neg && u <= math.MaxInt64 {
				return int64(u), nil, true, nil
			}
			if neg && u <= 1<<63 {
				return -int64(u-1) - 1, nil, true, nil
			}
		}
	}
	z, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return 0, nil, false, nil
	}
	if neg {
		z.Neg(z)
	}
	return 0, z, true, nil
}

// ParseFloat implements float(s) for a str argument: optional whitespace
// (Unicode), sign, decimal digits with single underscores between digits,
// an optional exponent, or inf/infinity/nan in any case. Out-of-range values
// become ±inf or ±0 as in CPython.
func ParseFloat(s string) (float64, error) {
	t := trimASCIISpace(toASCIIDigits(s))
	if v, ok := parseFloatASCII(t); ok {
		return v, nil
	}
	return 0, valueError("could not convert string to float: " + pystr.Repr(s))
}

func parseFloatASCII(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		var ok bool
		if s, ok = dropUnderscores(s); !ok {
			return 0, false
		}
	}
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if !isDecimalFloat(body) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return v, true
}

// dropUnderscores removes underscores that sit between two digits and
// rejects any other underscore.
func dropUnderscores(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		isDigit := c >= '0' && c <= '9'
		if c == '_' {
			if !(prev >= '0' && prev <= '9') {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

// isDecimalFloat checks digits [. digits] [e [sign] digits] with at least
// one mantissa digit.
func isDecimalFloat(s string) bool {
	i, n := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		n++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		m := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			m++
		}
		if m == 0 {
			return false
		}
	}
	return i == len(s)
}
