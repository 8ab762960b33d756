package pystr

import (
	"strings"
	"unicode/utf8"
)

// asciiSpace reports whether the ASCII byte c is Python whitespace, so
// that splitting and stripping test a byte instead of decoding a rune.
func asciiSpace(c byte) bool { return asciiFlags[c]&flagSpace != 0 }

// isSpaceAt reports whether the character at byte offset i of s is
// whitespace, and its size in bytes.
func isSpaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return IsSpaceRune(r), size
}

// asciiCutset reports whether every byte of chars is ASCII: then a strip
// can compare bytes, since an ASCII byte of UTF-8 text is always a whole
// character and no other byte can match.
func asciiCutset(chars string) bool {
	for i := 0; i < len(chars); i++ {
		if chars[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// trimASCII strips the bytes of the ASCII set chars from the left and/or
// right end of s.
func trimASCII(s, chars string, left, right bool) string {
	i, j := 0, len(s)
	if left {
		for i < j && strings.IndexByte(chars, s[i]) >= 0 {
			i++
		}
	}
	if right {
		for j > i && strings.IndexByte(chars, s[j-1]) >= 0 {
			j--
		}
	}
	return s[i:j]
}

// trimSpace strips Python whitespace from the left and/or right end of s,
// byte by byte while the text is ASCII.
func trimSpace(s string, left, right bool) string {
	i, j := 0, len(s)
	if left {
		for i < j {
			sp, size := isSpaceAt(s, i)
			if !sp {
				break
			}
			i += size
		}
	}
	if right {
		for j > i {
			if c := s[j-1]; c < utf8.RuneSelf {
				if !asciiSpace(c) {
					break
				}
				j--
				continue
			}
			r, size := utf8.DecodeLastRuneInString(s[i:j])
			if !IsSpaceRune(r) {
				break
			}
			j -= size
		}
	}
	return s[i:j]
}

// mapASCII returns s with each byte mapped by f (s is ASCII); s itself
// when nothing changes.
func mapASCII(s string, f func(i int, c byte) byte) string {
	for i := 0; i < len(s); i++ {
		if f(i, s[i]) != s[i] {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = f(j, s[j])
			}
			return string(b)
		}
	}
	return s
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

func toUpperASCII(c byte) byte {
	if isLowerASCII(c) {
		return c - 'a' + 'A'
	}
	return c
}

func toLowerASCII(c byte) byte {
	if isUpperASCII(c) {
		return c - 'A' + 'a'
	}
	return c
}

// capitalizeASCII, titleASCII and swapCaseASCII are Capitalize, Title
// and SwapCase for ASCII text, where a cased character is a letter and
// titlecase is uppercase.
func capitalizeASCII(s string) string {
	return mapASCII(s, func(i int, c byte) byte {
		if i == 0 {
			return toUpperASCII(c)
		}
		return toLowerASCII(c)
	})
}

func titleASCII(s string) string {
	return mapASCII(s, func(i int, c byte) byte {
		if i > 0 && (isUpperASCII(s[i-1]) || isLowerASCII(s[i-1])) {
			return toLowerASCII(c)
		}
		return toUpperASCII(c)
	})
}

func swapCaseASCII(s string) string {
	return mapASCII(s, func(_ int, c byte) byte {
		if isUpperASCII(c) {
			return toLowerASCII(c)
		}
		return toUpperASCII(c)
	})
}
