package pyfmt

import (
	"math"
	"strings"
)

// ComplexRepr returns repr(complex(re, im)) (and str): "(1+2j)", "1j",
// "(-0-1j)", "(nan+infj)". The parentheses and real part are left out when
// the real part is +0.0.
func ComplexRepr(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return DoubleToString(im, 'r', 0, 0) + "j"
	}
	return "(" + DoubleToString(re, 'r', 0, 0) + DoubleToString(im, 'r', 0, DTSSign) + "j)"
}

// FormatComplex implements format(complex(re, im), spec).
func FormatComplex(re, im float64, spec string) (string, error) {
	return FormatComplexNamed(re, im, spec, "complex")
}

// FormatComplexNamed is FormatComplex for an object whose type is typeName.
func FormatComplexNamed(re, im float64, spec, typeName string) (string, error) {
	if spec == "" {
		return ComplexRepr(re, im), nil
	}
	sp, err := ParseSpec(spec, typeName, 0)
	if err != nil {
		return "", err
	}
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownTypeError(sp.Type, typeName)
	}
	if sp.fill() == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if sp.Align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	if sp.Precision > math.MaxInt32 {
		return "", valueError("precision too big")
	}
	if sp.Precision > maxOutput || sp.Width > maxOutput {
		return "", memoryError()
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
	skipRe, parens := false, false
	if typ == 0 {
		typ, defaultPrec = 'r', 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	groupLen, sep := sp.grouping()
	part := func(v float64, sign byte) string {
		s := DoubleToString(v, typ, prec, flags)
		neg := s[0] == '-'
		if neg {
			s = s[1:]
		}
		n := splitFloat(s)
		n.sign = signFor(neg, sign)
		return n.sign + groupedOrEmpty(n.digits, groupLen, sep) + n.remainder
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		b.WriteString(part(re, sp.Sign))
		b.WriteString(part(im, '+'))
	} else {
		b.WriteString(part(im, sp.Sign))
	}
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	body := b.String()
	pad := sp.Width - runeLen(body)
	if pad <= 0 {
		return body, nil
	}
	fill := string(sp.fill())
	switch sp.align('>') {
	case '<':
		return body + strings.Repeat(fill, pad), nil
	case '^':
		l := pad / 2
		return strings.Repeat(fill, l) + body + strings.Repeat(fill, pad-l), nil
	}
	return strings.Repeat(fill, pad) + body, nil
}

// groupedOrEmpty groups the integer digits of a float part; "inf" and
// "nan" have none.
func groupedOrEmpty(digits string, groupLen int, sep string) string {
	if digits == "" {
		return ""
	}
	return groupDigits(digits, 0, groupLen, sep)
}
