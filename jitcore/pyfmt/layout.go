package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// number is a formatted number split the way CPython lays it out:
// sign, prefix ("0x"), the digits before the decimal point (which get
// grouping and zero padding), and the remainder (decimal point, fraction,
// exponent, '%' or, for 'c', the character itself).
type number struct {
	sign      string
	prefix    string
	digits    string
	remainder string
}

// render pads and groups n per the spec; defAlign is the type's default.
func (n *number) render(sp *Spec, groupLen int, sep string) string {
	align := sp.align('>')
	fill := sp.fill()
	width := sp.Width
	nonDigits := runeLen(n.sign) + len(n.prefix) + runeLen(n.remainder)
	minWidth := 0
	if fill == '0' && align == '=' {
		minWidth = width - nonDigits
	}
	grouped := n.digits
	if n.digits != "" && (groupLen > 0 || minWidth > len(n.digits)) {
		grouped = groupDigits(n.digits, minWidth, groupLen, sep)
	}
	pad := width - nonDigits - runeLen(grouped)
	var lpad, rpad, spad int
	if pad > 0 {
		switch align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	var b strings.Builder
	b.Grow((lpad+spad+rpad)*utf8.RuneLen(fill) + len(n.sign) + len(n.prefix) + len(grouped) + len(n.remainder))
	writeFill(&b, fill, lpad)
	b.WriteString(n.sign)
	b.WriteString(n.prefix)
	writeFill(&b, fill, spad)
	b.WriteString(grouped)
	b.WriteString(n.remainder)
	writeFill(&b, fill, rpad)
	return b.String()
}

func writeFill(b *strings.Builder, fill rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(fill)
	}
}

// groupDigits inserts sep every groupLen digits from the right (no grouping
// when groupLen is 0) and left-pads with zeros, grouped too, until the
// result is at least minWidth long: CPython's _PyUnicode_InsertThousandsGrouping.
func groupDigits(digits string, minWidth, groupLen int, sep string) string {
	// Built right to left into out, then reversed in place.
	out := make([]byte, 0, len(digits)+len(digits)/max(groupLen, 1)+max(minWidth, 0)+1)
	remaining := len(digits)
	useSep := false
	emit := func(l int) {
		if useSep {
			for i := len(sep) - 1; i >= 0; i-- {
				out = append(out, sep[i])
			}
		}
		nChars := max(0, min(remaining, l))
		for i := 1; i <= nChars; i++ {
			out = append(out, digits[remaining-i])
		}
		for i := max(0, l-remaining); i > 0; i-- {
			out = append(out, '0')
		}
		remaining -= nChars
	}
	done := false
	if groupLen > 0 {
		for !done {
			l := min(groupLen, max(remaining, minWidth, 1))
			emit(l)
			useSep = true
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				done = true
			} else {
				minWidth -= len(sep)
			}
		}
	} else {
		emit(max(remaining, minWidth, 1))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// signFor returns the sign text for a number per the spec's sign option.
func signFor(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// grouping returns the group length and separator the spec asks for.
func (sp *Spec) grouping() (int, string) {
	switch sp.Grouping {
	case ',':
		return 3, ","
	case '_':
		switch sp.Type {
		case 'b', 'o', 'x', 'X':
			return 4, "_"
		}
		return 3, "_"
	}
	return 0, ""
}
