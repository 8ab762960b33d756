package pystr

import (
	"strings"
	"unicode/utf8"
)

// Split implements str.split(sep, maxsplit) with a separator; maxsplit < 0
// means no limit. An empty separator is a ValueError.
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	return strings.SplitN(s, sep, maxsplit+1), nil
}

// RSplit implements str.rsplit(sep, maxsplit) with a separator.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	// Scan from the right even without a limit: with a self-overlapping
	// separator ("aa" in "aaa") the matches differ from Split's.
	var parts []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	parts = append(parts, s)
	reverse(parts)
	return parts, nil
}

func reverse(parts []string) {
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
}

// nextSpace returns the byte offset of the first whitespace character of s
// at or after i, and its size (len(s), 0 when none).
func nextSpace(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: a table lookup
			if asciiFlags[c]&flagSpace != 0 {
				return i, 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsSpaceRune(r) {
			return i, size
		}
		i += size
	}
	return len(s), 0
}

// skipSpace returns the byte offset of the first non-whitespace at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: a table lookup
			if asciiFlags[c]&flagSpace == 0 {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsSpaceRune(r) {
			return i
		}
		i += size
	}
	return i
}

// SplitWhitespace implements str.split() / str.split(None, maxsplit): runs
// of whitespace separate words, and leading/trailing whitespace is dropped.
func SplitWhitespace(s string, maxsplit int) []string {
	// count the words first: one allocation of the result
	n := 0
	for i := skipSpace(s, 0); i < len(s) && (maxsplit < 0 || n <= maxsplit); n++ {
		j, _ := nextSpace(s, i)
		i = skipSpace(s, j)
	}
	parts := make([]string, 0, n)
	i := skipSpace(s, 0)
	for i < len(s) {
		if maxsplit == 0 {
			parts = append(parts, s[i:])
			return parts
		}
		j, _ := nextSpace(s, i)
		parts = append(parts, s[i:j])
		maxsplit--
		i = skipSpace(s, j)
	}
	return parts
}

// RSplitWhitespace implements str.rsplit() / str.rsplit(None, maxsplit).
func RSplitWhitespace(s string, maxsplit int) []string {
	parts := []string{}
	j := len(strings.TrimRightFunc(s, IsSpaceRune))
	for j > 0 {
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := strings.LastIndexFunc(s[:j], IsSpaceRune)
		if i < 0 {
			parts = append(parts, s[:j])
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		parts = append(parts, s[i+size:j])
		maxsplit--
		j = len(strings.TrimRightFunc(s[:i], IsSpaceRune))
	}
	reverse(parts)
	return parts
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// SplitLines implements str.splitlines(keepends): \r\n counts as one break.
func SplitLines(s string, keepends bool) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += size
			continue
		}
		eol := i + size
		if r == '\r' && eol < len(s) && s[eol] == '\n' {
			eol++
		}
		if keepends {
			lines = append(lines, s[start:eol])
		} else {
			lines = append(lines, s[start:i])
		}
		start, i = eol, eol
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// Partition implements str.partition(sep).
func Partition(s, sep string) (string, string, string, error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return s, "", "", nil
}

// RPartition implements str.rpartition(sep).
func RPartition(s, sep string) (string, string, string, error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return "", "", s, nil
}

// Strip implements str.strip(chars): chars is the set of code points to
// remove from both ends.
func Strip(s, chars string) string {
	if asciiCutset(chars) {
		return trimASCII(s, chars, true, true)
	}
	return strings.Trim(s, chars)
}

// LStrip implements str.lstrip(chars).
func LStrip(s, chars string) string {
	if asciiCutset(chars) {
		return trimASCII(s, chars, true, false)
	}
	return strings.TrimLeft(s, chars)
}

// RStrip implements str.rstrip(chars).
func RStrip(s, chars string) string {
	if asciiCutset(chars) {
		return trimASCII(s, chars, false, true)
	}
	return strings.TrimRight(s, chars)
}

// StripSpace implements str.strip() with Python's whitespace.
func StripSpace(s string) string { return trimSpace(s, true, true) }

// LStripSpace implements str.lstrip().
func LStripSpace(s string) string { return trimSpace(s, true, false) }

// RStripSpace implements str.rstrip().
func RStripSpace(s string) string { return trimSpace(s, false, true) }
