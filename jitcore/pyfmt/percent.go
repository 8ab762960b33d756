package pyfmt

import (
	"math/big"
	"strings"
)

// PercentSpec holds the flags, width and precision of one printf-style
// conversion of the % operator ("%-+ #0<width>.<prec>"). The caller walks
// the template, resolves '*' (a negative '*' width sets LeftAdjust) and
// converts the argument to the type the conversion needs.
type PercentSpec struct {
	LeftAdjust bool // '-'
	Sign       bool // '+'
	Space      bool // ' '
	Alt        bool // '#'
	Zero       bool // '0'
	Width      int  // 0 when absent
	Prec       int  // -1 when absent
}

// Int formats v for %d, %i, %u, %o, %x or %X.
func (ps *PercentSpec) Int(v int64, conv byte) string {
	s, _ := ps.intValue(intValue{small: v}, conv)
	return s
}

// BigInt formats v for %d, %i, %u, %o, %x or %X; decimal conversions fail
// beyond MaxStrDigits digits, as str() does.
func (ps *PercentSpec) BigInt(v *big.Int, conv byte) (string, error) {
	return ps.intValue(intValue{big: v}, conv)
}

func (ps *PercentSpec) intValue(v intValue, conv byte) (string, error) {
	base := 10
	switch conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits, err := v.absText(base)
	if err != nil {
		return "", err
	}
	if ps.Prec > len(digits) {
		digits = strings.Repeat("0", ps.Prec-len(digits)) + digits
	}
	prefix := ""
	if ps.Alt && base != 10 {
		prefix = "0" + string(conv)
	}
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	return ps.pad(ps.sign(v.neg()), prefix, digits, true), nil
}

// Float formats x for %e, %E, %f, %F, %g or %G.
func (ps *PercentSpec) Float(x float64, conv byte) string {
	prec := ps.Prec
	if prec < 0 {
		prec = 6
	}
	var flags DTSFlags
	if ps.Alt {
		flags |= DTSAlt
	}
	s := DoubleToString(x, conv, prec, flags)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	return ps.pad(ps.sign(neg), "", s, true)
}

// CharInt formats the code point v for %c, failing outside range(0x110000).
func (ps *PercentSpec) CharInt(v int64) (string, error) {
	if v < 0 || v > 0x10ffff {
		return "", overflowError("%c arg not in range(0x110000)")
	}
	return ps.Char(rune(v)), nil
}

// Char formats a code point for %c (the precision does not apply).
func (ps *PercentSpec) Char(r rune) string {
	return ps.pad("", "", string(r), false)
}

// Str pads s (the str, repr or ascii of the argument) for %s, %r or %a:
// the precision truncates, the width pads with spaces.
func (ps *PercentSpec) Str(s string) string {
	if ps.Prec >= 0 && runeLen(s) > ps.Prec {
		s = string([]rune(s)[:ps.Prec])
	}
	return ps.pad("", "", s, false)
}

func (ps *PercentSpec) sign(neg bool) string {
	switch {
	case neg:
		return "-"
	case ps.Sign:
		return "+"
	case ps.Space:
		return " "
	}
	return ""
}

// pad lays out sign, prefix and body in the width: zero padding goes
// between the prefix and the body for numeric conversions.
func (ps *PercentSpec) pad(sign, prefix, body string, numeric bool) string {
	n := len(sign) + len(prefix) + runeLen(body)
	if ps.Width <= n {
		return sign + prefix + body
	}
	fill := strings.Repeat(" ", ps.Width-n)
	switch {
	case ps.LeftAdjust:
		return sign + prefix + body + fill
	case numeric && ps.Zero:
		return sign + prefix + strings.Repeat("0", ps.Width-n) + body
	}
	return fill + sign + prefix + body
}
