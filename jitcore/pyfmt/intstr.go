package pyfmt

import (
	"math/big"
	"strconv"
)

// MaxStrDigits is sys.get_int_max_str_digits(): the most decimal digits
// str() of an int may produce and int() of a string may consume (0 disables
// the limit). It applies to bases that are not powers of two.
var MaxStrDigits = 4300

func strLimitError() error {
	return valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

func parseLimitError(digits int) error {
	return valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits) +
		" digits) for integer string conversion: value has " + strconv.Itoa(digits) +
		" digits; use sys.set_int_max_str_digits() to increase the limit")
}

// IntToString returns v's digits in base 2..36 (lowercase), with a leading
// '-' when negative and no prefix: str(v) for base 10.
func IntToString(v int64, base int) string {
	return strconv.FormatInt(v, base)
}

// BigIntToString returns v's digits in base 2..36 (lowercase) with a leading
// '-' when negative. For bases that are not powers of two it fails like
// CPython's str() when the result would exceed MaxStrDigits digits.
func BigIntToString(v *big.Int, base int) (string, error) {
	if base&(base-1) != 0 && MaxStrDigits > 0 {
		// 10**MaxStrDigits needs more than MaxStrDigits*log2(10) bits; a cheap
		// bit-length test settles all but the values near the limit.
		bits := v.BitLen()
		if float64(bits) > float64(MaxStrDigits)*3.3219280948873626+2 {
			return "", strLimitError()
		}
		s := v.Text(base)
		n := len(s)
		if v.Sign() < 0 {
			n--
		}
		if n > MaxStrDigits {
			return "", strLimitError()
		}
		return s, nil
	}
	return v.Text(base), nil
}

// basePrefix returns the Python literal prefix for base 2, 8 or 16.
func basePrefix(base int) string {
	switch base {
	case 2:
		return "0b"
	case 8:
		return "0o"
	case 16:
		return "0x"
	}
	return ""
}

// IntToPrefixed returns bin(v), oct(v) or hex(v) for base 2, 8 or 16:
// "-0x1f" for hex(-31).
func IntToPrefixed(v int64, base int) string {
	if v < 0 {
		return "-" + basePrefix(base) + strconv.FormatUint(uint64(-(v+1))+1, base)
	}
	return basePrefix(base) + strconv.FormatUint(uint64(v), base)
}

// BigIntToPrefixed returns bin(v), oct(v) or hex(v) for base 2, 8 or 16.
func BigIntToPrefixed(v *big.Int, base int) string {
	s := v.Text(base)
	if v.Sign() < 0 {
		return "-" + basePrefix(base) + s[1:]
	}
	return basePrefix(base) + s
}
