package pystr

import "unicode/utf8"

// Python str may hold lone surrogates (U+D800..U+DFFF), which UTF-8 cannot
// encode. The engine keeps them in Go strings in the generalized UTF-8 form
// (0xED, 0xA0..0xBF, 0x80..0xBF), which Go's decoder rejects as three
// invalid bytes; the functions here read and write that form.

// IsSurrogate reports whether r is a UTF-16 surrogate code point.
func IsSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// DecodeRune decodes the first code point of s like utf8.DecodeRuneInString,
// but also accepts an encoded lone surrogate.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendRune appends the encoding of r to b, writing surrogates in the
// generalized form DecodeRune reads.
func AppendRune(b []byte, r rune) []byte {
	if IsSurrogate(r) {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// EncodeRune returns the one-character string holding r (surrogates too).
func EncodeRune(r rune) string { return string(AppendRune(nil, r)) }

// Runes returns the code points of s, surrogates included.
func Runes(s string) []rune {
	if !HasSurrogate(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out = append(out, rune(s[i]))
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// FromRunes is the inverse of Runes.
func FromRunes(rs []rune) string {
	plain := true
	for _, r := range rs {
		if IsSurrogate(r) {
			plain = false
			break
		}
	}
	if plain {
		return string(rs)
	}
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = AppendRune(b, r)
	}
	return string(b)
}

// HasSurrogate reports whether s holds an encoded lone surrogate.
func HasSurrogate(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			return true
		}
	}
	return false
}
