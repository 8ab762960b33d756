package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

const lowerHex = "0123456789abcdef"

// writeValueRepr writes Python's repr of a Constant or MatchSingleton value
// (see the package comment for the Go types that hold them).
func writeValueRepr(b *strings.Builder, v any) {
	switch v := v.(type) {
	case nil, NoneType:
		b.WriteString("None")
	case EllipsisType:
		b.WriteString("Ellipsis")
	case bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case int:
		b.WriteString(strconv.Itoa(v))
	case *big.Int:
		b.WriteString(v.String())
	case float64:
		b.WriteString(floatRepr(v, true))
	case complex128:
		b.WriteString(complexRepr(v))
	case string:
		writeStrRepr(b, v)
	case Bytes:
		writeBytesRepr(b, v)
	case []byte:
		writeBytesRepr(b, v)
	default:
		b.WriteString("<unknown constant>")
	}
}

// quoteFor returns the quote Python's repr picks for a str or bytes value:
// a single quote unless the text has single quotes and no double quotes.
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// decodeGeneralized decodes one code point of generalized UTF-8, which also
// admits the 3-byte encodings of the surrogates U+D800..U+DFFF (how the tree
// keeps a lone surrogate such as "\ud800"). An invalid byte b decodes as
// U+DC00+b, Python's surrogateescape convention, with size 1.
func decodeGeneralized(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size > 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return 0xDC00 + rune(s[0]), 1
}

// writeStrRepr writes Python's repr of a str.
func writeStrRepr(b *strings.Builder, s string) {
	q := quoteFor(s)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			writeASCIIRepr(b, c, q)
			i++
			continue
		}
		r, size := decodeGeneralized(s[i:])
		switch {
		case isPrintable(r):
			b.WriteString(s[i : i+size])
		case r <= 0xFF:
			b.WriteString(`\x`)
			writeHex(b, uint32(r), 2)
		case r <= 0xFFFF:
			b.WriteString(`\u`)
			writeHex(b, uint32(r), 4)
		default:
			b.WriteString(`\U`)
			writeHex(b, uint32(r), 8)
		}
		i += size
	}
	b.WriteByte(q)
}

// writeBytesRepr writes Python's repr of a bytes value.
func writeBytesRepr(b *strings.Builder, v []byte) {
	q := quoteFor(string(v))
	b.WriteByte('b')
	b.WriteByte(q)
	for _, c := range v {
		if c < utf8.RuneSelf {
			writeASCIIRepr(b, c, q)
		} else {
			b.WriteString(`\x`)
			writeHex(b, uint32(c), 2)
		}
	}
	b.WriteByte(q)
}

// writeASCIIRepr writes one ASCII character as str and bytes reprs do.
func writeASCIIRepr(b *strings.Builder, c, quote byte) {
	switch {
	case c == quote || c == '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case c == '\t':
		b.WriteString(`\t`)
	case c == '\n':
		b.WriteString(`\n`)
	case c == '\r':
		b.WriteString(`\r`)
	case c < ' ' || c == 0x7F:
		b.WriteString(`\x`)
		writeHex(b, uint32(c), 2)
	default:
		b.WriteByte(c)
	}
}

func writeHex(b *strings.Builder, v uint32, digits int) {
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(lowerHex[(v>>uint(shift))&0xF])
	}
}

// floatRepr returns Python's repr of a float: the shortest string that
// round-trips, in positional form when the decimal exponent is in
// [-4, 16), else in exponent form with at least two exponent digits.
// addDot0 appends ".0" to an integral positional value, as float.__repr__
// does and complex.__repr__ does not.
func floatRepr(f float64, addDot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	// Shortest round-trip digits d1.d2d3...e±X from Go, rearranged below.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expText, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expText)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // value = 0.digits × 10^decpt

	var out strings.Builder
	out.WriteString(sign)
	switch {
	case decpt <= -4 || decpt > 16:
		out.WriteByte(digits[0])
		if len(digits) > 1 {
			out.WriteByte('.')
			out.WriteString(digits[1:])
		}
		out.WriteByte('e')
		if exp < 0 {
			out.WriteByte('-')
			exp = -exp
		} else {
			out.WriteByte('+')
		}
		if exp < 10 {
			out.WriteByte('0')
		}
		out.WriteString(strconv.Itoa(exp))
	case decpt <= 0:
		out.WriteString("0.")
		out.WriteString(strings.Repeat("0", -decpt))
		out.WriteString(digits)
	case decpt >= len(digits):
		out.WriteString(digits)
		out.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			out.WriteString(".0")
		}
	default:
		out.WriteString(digits[:decpt])
		out.WriteByte('.')
		out.WriteString(digits[decpt:])
	}
	return out.String()
}

// complexRepr returns Python's repr of a complex: "1j" when the real part
// is +0.0, else "(re±imj)"; parts are floats without a forced ".0".
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return floatRepr(im, false) + "j"
	}
	imText := floatRepr(im, false)
	if imText[0] != '-' {
		imText = "+" + imText
	}
	return "(" + floatRepr(re, false) + imText + "j)"
}
