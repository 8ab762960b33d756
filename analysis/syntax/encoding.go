package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeSource turns source bytes as read from disk into UTF-8 text: it
// strips a UTF-8 BOM and transcodes a PEP 263 coding declaration's
// encoding. UTF-8 input is not validated here: like CPython, invalid bytes
// are reported where a token needs them (identifiers, string literals),
// and they are tolerated in comments.
func decodeSource(filename string, src []byte) (string, *SyntaxError) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := lineColAt(src, i)
		return "", &SyntaxError{Filename: filename, Kind: kindSyntax,
			Msg: "source code string cannot contain null bytes",
			Pos: Pos{line, col, line, col}}
	}
	hasBOM := bytes.HasPrefix(src, utf8BOM)
	if hasBOM {
		src = src[len(utf8BOM):]
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		// CPython reads source with universal newlines.
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	name, _ := codingCookie(src)
	if name == "" {
		return string(src), nil
	}
	norm := normalEncodingName(name)
	errAt := func(msg string) (string, *SyntaxError) {
		// CPython gives these errors no position: line 0, offset -1.
		return "", &SyntaxError{Filename: filename, Kind: kindSyntax, Msg: msg,
			Pos: Pos{0, -2, 0, -2}}
	}
	if hasBOM && norm != "utf-8" {
		return errAt(fmt.Sprintf("encoding problem: %s with BOM", norm))
	}
	if norm == "utf-8" || norm == "utf8" {
		return string(src), nil
	}
	enc := lookupEncoding(norm)
	if enc == nil {
		return errAt("unknown encoding: " + name)
	}
	if cm, ok := enc.(*charmap.Charmap); ok {
		out, bad := decodeCharmap(cm, src, !strings.HasPrefix(norm, "iso-8859-"))
		if bad >= 0 {
			return errAt(fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", src[bad], bad))
		}
		return out, nil
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return errAt(fmt.Sprintf("(unicode error) '%s' codec can't decode source", norm))
	}
	return string(out), nil
}

// codingCookie finds a PEP 263 declaration on line 1, or on line 2 when
// line 1 is blank or a comment, and returns the encoding name and its line.
func codingCookie(src []byte) (string, int) {
	for lineNo := 1; lineNo <= 2 && len(src) > 0; lineNo++ {
		end := bytes.IndexByte(src, '\n')
		var line []byte
		if end < 0 {
			line, src = src, nil
		} else {
			line, src = src[:end], src[end+1:]
		}
		trimmed := bytes.TrimLeft(line, " \t\f")
		if len(trimmed) == 0 || trimmed[0] == '\r' {
			continue
		}
		if trimmed[0] != '#' {
			return "", 0
		}
		if name := cookieName(trimmed); name != "" {
			return name, lineNo
		}
	}
	return "", 0
}

// cookieName matches `coding[:=][ \t]*([-\w.]+)` in a comment line.
func cookieName(comment []byte) string {
	for i := 0; ; {
		j := bytes.Index(comment[i:], []byte("coding"))
		if j < 0 {
			return ""
		}
		k := i + j + len("coding")
		if k < len(comment) && (comment[k] == ':' || comment[k] == '=') {
			k++
			for k < len(comment) && (comment[k] == ' ' || comment[k] == '\t') {
				k++
			}
			start := k
			for k < len(comment) {
				c := comment[k]
				if c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
					k++
					continue
				}
				break
			}
			if k > start {
				return string(comment[start:k])
			}
		}
		i = i + j + 1
	}
}

// normalEncodingName folds the spellings CPython's tokenizer folds.
func normalEncodingName(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") ||
		strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	if strings.HasPrefix(n, "iso8859-") {
		n = "iso-8859-" + n[len("iso8859-"):]
	} else if strings.HasPrefix(n, "iso8859") && len(n) > 7 {
		n = "iso-8859-" + n[len("iso8859"):]
	}
	return n
}

// pythonAliases maps common Python codec names that IANA spells otherwise.
var pythonAliases = map[string]string{
	"latin1": "iso-8859-1", "l1": "iso-8859-1", "ascii": "us-ascii",
	"us-ascii": "us-ascii", "cp1252": "windows-1252", "cp1251": "windows-1251",
	"cp1250": "windows-1250", "euc-jp": "euc-jp", "shift-jis": "shift_jis",
	"sjis": "shift_jis", "latin-9": "iso-8859-15", "latin9": "iso-8859-15",
	"koi8-r": "koi8-r", "koi8-u": "koi8-u", "cp437": "ibm437", "cp850": "ibm850",
}

func lookupEncoding(name string) encoding.Encoding {
	if name == "iso-8859-1" {
		return charmap.ISO8859_1
	}
	if a, ok := pythonAliases[name]; ok {
		name = a
	}
	if name == "us-ascii" {
		return charmap.ISO8859_1 // ASCII is a subset; non-ASCII bytes are rare enough
	}
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil
	}
	return enc
}

// decodeCharmap decodes a single-byte encoding; bytes the table leaves
// undefined in the C1 range decode to the same code point, as in Python.
// With strict set (code pages), an undefined byte is an error: its offset
// is returned.
func decodeCharmap(cm *charmap.Charmap, src []byte, strict bool) (string, int) {
	var b strings.Builder
	b.Grow(len(src))
	for i, c := range src {
		r := cm.DecodeByte(c)
		if r == utf8.RuneError {
			if strict {
				return "", i
			}
			if c >= 0x80 && c <= 0x9F {
				r = rune(c)
			}
		}
		b.WriteRune(r)
	}
	return b.String(), -1
}

// lineColAt converts a byte offset to a 1-based line and 0-based column.
func lineColAt(src []byte, off int) (int, int) {
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, off - start
}

// lineText returns line n (1-based) of src including its newline.
func lineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j+1]
	}
	return src
}

// utf8DecodeError describes the first invalid UTF-8 sequence in b the way
// Python's utf-8 codec does; ok is false when b is valid.
func utf8DecodeError(b []byte) (msg string, pos int, ok bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		n, reason := utf8BadLength(b[i:])
		if n == 1 {
			return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason), i, true
		}
		return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+n-1, reason), i, true
	}
	return "", 0, false
}

// utf8BadLength returns how many bytes Python's decoder blames and why.
func utf8BadLength(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		first := k == 1
		if first && (b[k] < lo || b[k] > hi) || !first && (b[k] < 0x80 || b[k] > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte"
}
