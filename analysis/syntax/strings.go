package syntax

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// literalError is a problem found while decoding a string literal.
type literalError struct{ msg string }

// splitPrefix splits a string token into its lowercased prefix, its body
// (between the quotes) and whether it is triple-quoted.
func splitPrefix(tok string) (prefix, body string) {
	i := 0
	for i < len(tok) && tok[i] != '\'' && tok[i] != '"' {
		i++
	}
	prefix = strings.ToLower(tok[:i])
	q := 1
	if len(tok)-i >= 6 && tok[i+1] == tok[i] && tok[i+2] == tok[i] {
		q = 3
	}
	return prefix, tok[i+q : len(tok)-q]
}

// decodeLiteral decodes a literal's body: escapes (unless raw), and for
// bytes a check that only ASCII is written literally. The result holds
// raw bytes for a bytes literal, UTF-8 (with lone surrogates in
// generalized UTF-8) for a str literal.
func decodeLiteral(body string, raw, isBytes bool) (string, *literalError) {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return "", &literalError{"bytes can only contain ASCII literal characters"}
			}
		}
	} else if msg, _, bad := utf8DecodeError([]byte(body)); bad {
		return "", &literalError{"(unicode error) " + msg}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		if strings.IndexByte(body, '\r') >= 0 {
			body = normalizeNewlines(body)
		}
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(body) && body[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		e := body[i]
		i++
		switch e {
		case '\n':
		case '\r':
			if i < len(body) && body[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeCodePoint(&b, rune(v))
			}
		case 'x':
			v, ok := hexValue(body, i, 2)
			if !ok {
				return "", escapeError(isBytes, start, i+hexPrefixLen(body, i, 2), body, "truncated \\xXX escape")
			}
			i += 2
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeCodePoint(&b, rune(v))
			}
		case 'u', 'U', 'N':
			if isBytes {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			if e == 'N' {
				end := strings.IndexByte(body[i:], '}')
				if i >= len(body) || body[i] != '{' || end < 0 {
					return "", escapeError(false, start, len(body), body, "malformed \\N character escape")
				}
				r, ok := lookupRuneName(body[i+1 : i+end])
				if !ok {
					return "", escapeError(false, start, i+end+1, body, "unknown Unicode character name")
				}
				i += end + 1
				writeCodePoint(&b, r)
				continue
			}
			n := 4
			if e == 'U' {
				n = 8
			}
			v, ok := hexValue(body, i, n)
			if !ok {
				return "", escapeError(false, start, i+hexPrefixLen(body, i, n), body, fmt.Sprintf("truncated \\%cXXXX%s escape", e, strings.Repeat("XXXX", n/4-1)))
			}
			i += n
			if v > 0x10FFFF {
				return "", escapeError(false, start, i, body, "illegal Unicode character")
			}
			writeCodePoint(&b, rune(v))
		default:
			// An unknown escape keeps its backslash (with a DeprecationWarning).
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), nil
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func escapeError(isBytes bool, start, end int, body, reason string) *literalError {
	if isBytes {
		return &literalError{fmt.Sprintf("(value error) invalid \\x escape at position %d", start)}
	}
	last := min(end, len(body)) - 1
	if last < start {
		last = start
	}
	return &literalError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, last, reason)}
}

// hexPrefixLen counts the hex digits (at most n) at s[i:].
func hexPrefixLen(s string, i, n int) int {
	k := 0
	for k < n && i+k < len(s) && isHexDigit(s[i+k]) {
		k++
	}
	return k
}

func hexValue(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for k := 0; k < n; k++ {
		c := s[i+k]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return 0, false
		}
		v = v*16 + d
	}
	return v, true
}

// writeCodePoint writes r as UTF-8, keeping a lone surrogate in its
// 3-byte generalized UTF-8 form.
func writeCodePoint(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	b.Write(buf[:n])
}

var (
	runeNamesOnce sync.Once
	runeByName    map[string]rune
)

// lookupRuneName finds a character by its Unicode name, as \N{...} does.
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	for _, pre := range [...]string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"} {
		if strings.HasPrefix(name, pre) {
			if v, ok := hexValue(name, len(pre), len(name)-len(pre)); ok && len(name)-len(pre) >= 4 {
				return rune(v), true
			}
		}
	}
	runeNamesOnce.Do(func() {
		runeByName = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			n := runenames.Name(r)
			if n == "" || n[0] == '<' {
				continue
			}
			if _, dup := runeByName[n]; !dup {
				runeByName[n] = r
			}
		}
	})
	r, ok := runeByName[name]
	return r, ok
}
