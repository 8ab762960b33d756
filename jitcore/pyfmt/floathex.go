package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex returns float.hex(x): "0x1.8000000000000p+1" for 3.0.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	frac := bits & (1<<52 - 1)
	exp := int(bits>>52) & 0x7ff
	lead := "1"
	if exp == 0 { // subnormal
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	e := strconv.Itoa(exp)
	if exp >= 0 {
		e = "+" + e
	}
	f := strconv.FormatUint(frac, 16)
	return sign + "0x" + lead + "." + strings.Repeat("0", 13-len(f)) + f + "p" + e
}

// FloatFromHex implements float.fromhex(s).
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	t := trimASCIISpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	// Mantissa: hex digits with at most one point, at least one digit.
	i, n := 0, 0
	for i < len(t) && isHexDigit(t[i]) {
		i++
		n++
	}
	if i < len(t) && t[i] == '.' {
		i++
		for i < len(t) && isHexDigit(t[i]) {
			i++
			n++
		}
	}
	if n == 0 {
		return 0, invalid
	}
	mant, exp := t[:i], "0"
	if i < len(t) && (t[i] == 'p' || t[i] == 'P') {
		j := i + 1
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k == j {
			return 0, invalid
		}
		exp, i = t[i+1:k], k
	}
	if i != len(t) {
		return 0, invalid
	}
	v, err := hexToFloat(mant, exp)
	if err != nil {
		return 0, err
	}
	if neg {
		v = -v
	}
	return v, nil
}

// hexToFloat rounds mant (hex digits, maybe a point) * 2**exp to a float,
// half to even, exactly.
func hexToFloat(mant, exp string) (float64, error) {
	e, ok := new(big.Int).SetString(exp, 10)
	if !ok {
		return 0, valueError("invalid hexadecimal floating-point string")
	}
	digits := mant
	if p := strings.IndexByte(mant, '.'); p >= 0 {
		digits = mant[:p] + mant[p+1:]
		e.Sub(e, big.NewInt(int64(4*(len(mant)-p-1))))
	}
	m, _ := new(big.Int).SetString("0"+digits, 16)
	if m.Sign() == 0 {
		return 0, nil
	}
	// top is the binary exponent of the leading bit of m * 2**e.
	top := new(big.Int).Add(e, big.NewInt(int64(m.BitLen()-1)))
	if top.Cmp(big.NewInt(1100)) > 0 {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if top.Cmp(big.NewInt(-1100)) < 0 {
		return 0, nil
	}
	f := new(big.Float).SetPrec(uint(m.BitLen())).SetInt(m)
	f.SetMantExp(f, int(e.Int64()))
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	return v, nil
}

func isHexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}
