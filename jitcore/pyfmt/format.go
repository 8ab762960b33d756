package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FormatInt implements format(v, spec) for an int.
func FormatInt(v int64, spec string) (string, error) {
	return FormatIntNamed(v, spec, "int")
}

// FormatIntNamed is FormatInt for an object whose type is typeName (bool, an
// int subclass), as it appears in error messages. The caller handles an
// empty spec, which means str(v) ("True" for a bool).
func FormatIntNamed(v int64, spec, typeName string) (string, error) {
	sp, err := ParseSpec(spec, typeName, 'd')
	if err != nil {
		return "", err
	}
	return sp.formatInt(intValue{small: v}, typeName)
}

// FormatBigInt implements format(v, spec) for an int held as a big.Int.
func FormatBigInt(v *big.Int, spec string) (string, error) {
	return FormatBigIntNamed(v, spec, "int")
}

// FormatBigIntNamed is FormatBigInt for an object whose type is typeName.
func FormatBigIntNamed(v *big.Int, spec, typeName string) (string, error) {
	sp, err := ParseSpec(spec, typeName, 'd')
	if err != nil {
		return "", err
	}
	return sp.formatInt(intValue{big: v}, typeName)
}

// FormatFloat implements format(v, spec) for a float.
func FormatFloat(v float64, spec string) (string, error) {
	return FormatFloatNamed(v, spec, "float")
}

// FormatFloatNamed is FormatFloat for an object whose type is typeName.
func FormatFloatNamed(v float64, spec, typeName string) (string, error) {
	sp, err := ParseSpec(spec, typeName, 0)
	if err != nil {
		return "", err
	}
	return sp.formatFloatTyped(v, typeName)
}

// FormatStr implements format(s, spec) for a str.
func FormatStr(s, spec string) (string, error) {
	return FormatStrNamed(s, spec, "str")
}

// FormatStrNamed is FormatStr for an object whose type is typeName.
func FormatStrNamed(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := ParseSpec(spec, typeName, 's')
	if err != nil {
		return "", err
	}
	return sp.FormatStr(s, typeName)
}

// intValue is an int held either as int64 or as a big.Int (big != nil).
type intValue struct {
	small int64
	big   *big.Int
}

func (v intValue) neg() bool {
	if v.big != nil {
		return v.big.Sign() < 0
	}
	return v.small < 0
}

// absText returns the digits of |v| in base.
func (v intValue) absText(base int) (string, error) {
	if v.big != nil {
		s, err := BigIntToString(v.big, base)
		return strings.TrimPrefix(s, "-"), err
	}
	u := uint64(v.small)
	if v.small < 0 {
		u = uint64(-(v.small + 1)) + 1
	}
	return strconv.FormatUint(u, base), nil
}

func (v intValue) toFloat() (float64, error) {
	if v.big != nil {
		return BigIntToFloat(v.big)
	}
	return float64(v.small), nil
}

// FormatInt formats an int64 with a parsed spec; typeName names the
// object's type in error messages.
func (sp *Spec) FormatInt(v int64, typeName string) (string, error) {
	return sp.formatInt(intValue{small: v}, typeName)
}

// FormatBigInt formats a big.Int with a parsed spec.
func (sp *Spec) FormatBigInt(v *big.Int, typeName string) (string, error) {
	return sp.formatInt(intValue{big: v}, typeName)
}

// FormatFloat formats a float64 with a parsed spec.
func (sp *Spec) FormatFloat(v float64, typeName string) (string, error) {
	return sp.formatFloatTyped(v, typeName)
}

func (sp *Spec) formatInt(v intValue, typeName string) (string, error) {
	switch sp.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.toFloat()
		if err != nil {
			return "", err
		}
		return sp.formatFloat(f)
	default:
		return "", unknownTypeError(sp.Type, typeName)
	}
	if sp.Precision >= 0 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if sp.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.Type == 'c' {
		if sp.Sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if sp.Alternate {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if v.big != nil && !v.big.IsInt64() {
			return "", overflowError("Python int too large to convert to C long")
		}
		if v.big != nil {
			v.small = v.big.Int64()
		}
		if v.small < 0 || v.small > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		n := number{remainder: string(rune(v.small))}
		if sp.Width > maxOutput {
			return "", memoryError()
		}
		if v.small >= 0xd800 && v.small < 0xe000 {
			n.remainder = "\ufffd" // a lone surrogate has no UTF-8 form
		}
		return n.render(sp, 0, ""), nil
	}
	base := 10
	switch sp.Type {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits, err := v.absText(base)
	if err != nil {
		return "", err
	}
	if sp.Width > maxOutput {
		return "", memoryError()
	}
	n := number{sign: signFor(v.neg(), sp.Sign), digits: digits}
	if sp.Alternate {
		n.prefix = basePrefix(base)
	}
	if sp.Type == 'X' {
		n.digits = strings.ToUpper(n.digits)
		n.prefix = strings.ToUpper(n.prefix)
	}
	groupLen, sep := sp.grouping()
	return n.render(sp, groupLen, sep), nil
}

func (sp *Spec) formatFloatTyped(v float64, typeName string) (string, error) {
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return sp.formatFloat(v)
	}
	return "", unknownTypeError(sp.Type, typeName)
}

// floatBody formats |v| (and reports the sign) for the spec's type, the
// part of CPython's format_float_internal before layout.
func (sp *Spec) floatBody(v float64) (body string, neg bool, err error) {
	if sp.Precision > math.MaxInt32 {
		return "", false, valueError("precision too big")
	}
	if sp.Precision > maxOutput || sp.Width > maxOutput {
		return "", false, memoryError()
	}
	var flags DTSFlags
	if sp.Alternate {
		flags |= DTSAlt
	}
	if sp.NoNegZero {
		flags |= DTSNoNegZero
	}
	typ := byte(sp.Type)
	prec := sp.Precision
	defaultPrec := 6
	switch typ {
	case 0:
		flags |= DTSAddDot0
		typ = 'r'
		defaultPrec = 0
	case 'n':
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		v *= 100
		pct = true
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	s := DoubleToString(v, typ, prec, flags)
	if pct {
		s += "%"
	}
	if s[0] == '-' {
		return s[1:], true, nil
	}
	return s, false, nil
}

func (sp *Spec) formatFloat(v float64) (string, error) {
	body, neg, err := sp.floatBody(v)
	if err != nil {
		return "", err
	}
	n := splitFloat(body)
	n.sign = signFor(neg, sp.Sign)
	groupLen, sep := sp.grouping()
	return n.render(sp, groupLen, sep), nil
}

// splitFloat splits a formatted float into its leading digits and the rest.
func splitFloat(body string) number {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return number{digits: body[:i], remainder: body[i:]}
}

// FormatStr formats a str with a parsed spec.
func (sp *Spec) FormatStr(s, typeName string) (string, error) {
	if sp.Type != 's' {
		return "", unknownTypeError(sp.Type, typeName)
	}
	switch {
	case sp.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case sp.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alternate:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case sp.Align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	if sp.Width > maxOutput {
		return "", memoryError()
	}
	n := runeLen(s)
	if sp.Precision >= 0 && n > sp.Precision {
		s = string([]rune(s)[:sp.Precision])
		n = sp.Precision
	}
	pad := sp.Width - n
	if pad <= 0 {
		return s, nil
	}
	fill := string(sp.fill())
	switch sp.align('<') {
	case '>':
		return strings.Repeat(fill, pad) + s, nil
	case '^':
		l := pad / 2
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, pad-l), nil
	}
	return s + strings.Repeat(fill, pad), nil
}
