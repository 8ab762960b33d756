package pyfmt

import (
	"math/big"
	"strconv"
	"sync/atomic"
)

// DefaultMaxStrDigits is sys.int_info.default_max_str_digits.
const DefaultMaxStrDigits = 4300

// StrDigitsCheckThreshold is sys.int_info.str_digits_check_threshold: the
// smallest limit other than 0 that sys.set_int_max_str_digits accepts.
const StrDigitsCheckThreshold = 640

// maxStrDigits is sys.get_int_max_str_digits(): the most decimal digits
// str() of an int may produce and int() of a string may consume (0 disables
// the limit). It applies to bases that are not powers of two. It is
// process-wide (one script runs per process) and atomic so that engines
// running side by side in tests do not race on it.
var maxStrDigits atomic.Int64

func init() { maxStrDigits.Store(DefaultMaxStrDigits) }

// MaxStrDigits returns the current limit (0: none).
func MaxStrDigits() int { return int(maxStrDigits.Load()) }

// SetMaxStrDigits sets the limit; the caller has checked it as
// sys.set_int_max_str_digits does.
func SetMaxStrDigits(n int) { maxStrDigits.Store(int64(n)) }

func strLimitError() error {
	return valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits()) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

func parseLimitError(digits int) error {
	return valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits()) +
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
	if limit := MaxStrDigits(); base&(base-1) != 0 && limit > 0 {
		// 10**limit needs more than MaxStrDigits*log2(10) bits; a cheap
		// bit-length test settles all but the values near the limit.
		bits := v.BitLen()
		if float64(bits) > float64(limit)*3.3219280948873626+2 {
			return "", strLimitError()
		}
		s := v.Text(base)
		n := len(s)
		if v.Sign() < 0 {
			n--
		}
		if n > limit {
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
