package pystr

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Repr returns repr(s): the string quoted with ' (or " when s contains '
// and no "), with backslash escapes for the characters Python's
// str.isprintable rejects.
func Repr(s string) string { return quote(s, false) }

// ASCII returns ascii(s): like Repr, but every non-ASCII character is
// escaped as \xNN, \uNNNN or \UNNNNNNNN.
func ASCII(s string) string { return quote(s, true) }

func quote(s string, asciiOnly bool) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == q || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				writeHexEscape(&b, 'x', rune(c), 2)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := DecodeRune(s[i:])
		if !asciiOnly && IsPrintableRune(r) {
			b.WriteString(s[i : i+size])
		} else {
			writeRuneEscape(&b, r)
		}
		i += size
	}
	b.WriteByte(q)
	return b.String()
}

// writeRuneEscape writes \xNN, \uNNNN or \UNNNNNNNN for a non-ASCII rune.
func writeRuneEscape(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		writeHexEscape(b, 'x', r, 2)
	case r <= 0xffff:
		writeHexEscape(b, 'u', r, 4)
	default:
		writeHexEscape(b, 'U', r, 8)
	}
}

func writeHexEscape(b *strings.Builder, kind byte, r rune, width int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(r>>uint(shift))&0xf])
	}
}
