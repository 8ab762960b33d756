package jitcore

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pystr"
)

// The text codecs behind str.encode, bytes.decode and text files: UTF-8
// (and utf-8-sig), UTF-16 and UTF-32 (with or without a BOM, either byte
// order), Latin-1, ASCII and cp1252, with CPython's error handlers and the
// exact UnicodeEncodeError / UnicodeDecodeError ranges and reasons.

// codec names as CPython's codecs report them
const (
	codecUTF8    = "utf-8"
	codecUTF8Sig = "utf-8-sig"
	codecUTF16   = "utf-16"
	codecUTF16LE = "utf-16-le"
	codecUTF16BE = "utf-16-be"
	codecUTF32   = "utf-32"
	codecUTF32LE = "utf-32-le"
	codecUTF32BE = "utf-32-be"
	codecLatin1  = "latin-1"
	codecASCII   = "ascii"
	codecCP1252  = "cp1252"
)

var codecAliases = map[string]string{}

func init() {
	for canon, names := range map[string][]string{
		codecUTF8:    {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"},
		codecUTF8Sig: {"utf_8_sig"},
		codecUTF16:   {"utf_16", "utf16", "u16"},
		codecUTF16LE: {"utf_16_le", "utf_16le"},
		codecUTF16BE: {"utf_16_be", "utf_16be"},
		codecUTF32:   {"utf_32", "utf32", "u32"},
		codecUTF32LE: {"utf_32_le", "utf_32le"},
		codecUTF32BE: {"utf_32_be", "utf_32be"},
		codecLatin1:  {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1", "iso8859"},
		codecASCII:   {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6"},
		codecCP1252:  {"cp1252", "windows_1252", "1252"},
	} {
		for _, n := range names {
			codecAliases[n] = canon
		}
	}
}

// lookupCodec resolves an encoding name the way codecs.lookup does.
func lookupCodec(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	if c, ok := codecAliases[n]; ok {
		return c, nil
	}
	return "", newExc(LookupErrorType, "unknown encoding: "+name)
}

// errorName is the codec name an error message shows.
func errorName(codec string) string {
	switch codec {
	case codecCP1252:
		return "charmap"
	case codecUTF8Sig:
		return codecUTF8
	}
	return codec
}

var cp1252High = [32]rune{
	0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
	-1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178,
}

var cp1252Encode = func() map[rune]byte {
	m := map[rune]byte{}
	for i, r := range cp1252High {
		if r >= 0 {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

func newUnicodeEncodeError(codec, s string, start, end int, reason string) *Exception {
	return &Exception{cls: UnicodeEncodeErrorType, args: []Value{Str(errorName(codec)), Str(s), Int(int64(start)), Int(int64(end)), Str(reason)}}
}

func newUnicodeDecodeError(codec string, b []byte, start, end int, reason string) *Exception {
	return &Exception{cls: UnicodeDecodeErrorType, args: []Value{Str(errorName(codec)), Obj(&Bytes{b: append([]byte(nil), b...)}), Int(int64(start)), Int(int64(end)), Str(reason)}}
}

// unicodeErrorStr is str() of a UnicodeEncodeError/UnicodeDecodeError made
// with the five standard arguments; ok is false for other shapes.
func unicodeErrorStr(e *Exception) (string, bool) {
	if len(e.args) != 5 {
		return "", false
	}
	enc, ok1 := asStr(e.args[0])
	start, end := e.args[2], e.args[3]
	reason, ok2 := asStr(e.args[4])
	if !ok1 || !ok2 || !start.isIntLike() || !end.isIntLike() {
		return "", false
	}
	st, en := int(intBase(start).n), int(intBase(end).n)
	switch {
	case e.cls.isSubtype(UnicodeEncodeErrorType):
		s, ok := asStr(e.args[1])
		if !ok {
			return "", false
		}
		rs := pystr.Runes(s)
		if st >= 0 && st < len(rs) && en == st+1 {
			r := rs[st]
			var esc string
			switch {
			case r <= 0xff:
				esc = sprintf("\\x%02x", r)
			case r <= 0xffff:
				esc = sprintf("\\u%04x", r)
			default:
				esc = sprintf("\\U%08x", r)
			}
			return sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, esc, st, reason), true
		}
		return sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, st, en-1, reason), true
	case e.cls.isSubtype(UnicodeDecodeErrorType):
		b, ok := e.args[1].o.(*Bytes)
		if !ok {
			return "", false
		}
		if st >= 0 && st < len(b.b) && en == st+1 {
			return sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.b[st], st, reason), true
		}
		return sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, st, en-1, reason), true
	}
	return "", false
}

func checkErrorHandler(errors string) error {
	switch errors {
	case "strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass":
		return nil
	}
	return newExc(LookupErrorType, "unknown error handler name '"+errors+"'")
}

// encoder appends one code point in a codec, reporting false when the
// codec cannot represent it.
func encodeRune(codec string, out []byte, r rune, surrogatePass bool) ([]byte, bool) {
	switch codec {
	case codecUTF8, codecUTF8Sig:
		if pystr.IsSurrogate(r) && !surrogatePass {
			return out, false
		}
		return pystr.AppendRune(out, r), true
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		if pystr.IsSurrogate(r) && !surrogatePass {
			return out, false
		}
		var units []uint16
		if r >= 0x10000 {
			r -= 0x10000
			units = []uint16{uint16(0xD800 + (r >> 10)), uint16(0xDC00 + (r & 0x3FF))}
		} else {
			units = []uint16{uint16(r)}
		}
		for _, u := range units {
			if codec == codecUTF16BE {
				out = binary.BigEndian.AppendUint16(out, u)
			} else {
				out = binary.LittleEndian.AppendUint16(out, u)
			}
		}
		return out, true
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		if pystr.IsSurrogate(r) && !surrogatePass {
			return out, false
		}
		if codec == codecUTF32BE {
			return binary.BigEndian.AppendUint32(out, uint32(r)), true
		}
		return binary.LittleEndian.AppendUint32(out, uint32(r)), true
	case codecLatin1:
		if r < 256 {
			return append(out, byte(r)), true
		}
	case codecASCII:
		if r < 128 {
			return append(out, byte(r)), true
		}
	case codecCP1252:
		if r < 128 || (r >= 0xa0 && r < 256) {
			return append(out, byte(r)), true
		}
		if b, ok := cp1252Encode[r]; ok {
			return append(out, b), true
		}
	}
	return out, false
}

// unitCodec reports whether codec encodes in fixed 2- or 4-byte units.
func unitCodec(codec string) bool {
	switch codec {
	case codecUTF16, codecUTF16LE, codecUTF16BE, codecUTF32, codecUTF32LE, codecUTF32BE:
		return true
	}
	return false
}

func encodeReason(codec string) string {
	switch codec {
	case codecLatin1:
		return "ordinal not in range(256)"
	case codecASCII:
		return "ordinal not in range(128)"
	case codecCP1252:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// bom returns the byte order mark a codec writes at the start of a stream.
func bom(codec string) []byte {
	switch codec {
	case codecUTF16:
		return []byte{0xff, 0xfe}
	case codecUTF32:
		return []byte{0xff, 0xfe, 0, 0}
	case codecUTF8Sig:
		return []byte{0xef, 0xbb, 0xbf}
	}
	return nil
}

// encodeString encodes s; withBOM writes the codec's byte order mark first
// (str.encode always does; a text file only at its start).
func encodeString(s, codec, errors string, withBOM bool) ([]byte, error) {
	out := make([]byte, 0, len(s)+4)
	if withBOM {
		out = append(out, bom(codec)...)
	}
	if codec == codecUTF8 && utf8.ValidString(s) {
		return append(out, s...), nil
	}
	rs := pystr.Runes(s)
	pass := errors == "surrogatepass"
	for i := 0; i < len(rs); {
		var ok bool
		if out, ok = encodeRune(codec, out, rs[i], pass); ok {
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && !unitCodec(codec) { // UTF-16/32 report one character at a time
			if _, ok := encodeRune(codec, nil, rs[end], pass); ok {
				break
			}
			end++
		}
		switch errors {
		case "strict", "surrogatepass":
			return nil, newUnicodeEncodeError(codec, s, i, end, encodeReason(codec))
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				out, _ = encodeRune(codec, out, '?', false)
			}
		case "xmlcharrefreplace", "backslashreplace":
			for k := i; k < end; k++ {
				var rep string
				r := rs[k]
				switch {
				case errors == "xmlcharrefreplace":
					rep = sprintf("&#%d;", r)
				case r <= 0xff:
					rep = sprintf("\\x%02x", r)
				case r <= 0xffff:
					rep = sprintf("\\u%04x", r)
				default:
					rep = sprintf("\\U%08x", r)
				}
				for _, c := range rep {
					out, _ = encodeRune(codec, out, c, false)
				}
			}
		case "surrogateescape":
			for k := i; k < end; k++ {
				r := rs[k]
				if r < 0xDC80 || r > 0xDCFF || unitCodec(codec) {
					return nil, newUnicodeEncodeError(codec, s, k, end, encodeReason(codec))
				}
				out = append(out, byte(r-0xDC00))
			}
		default:
			return nil, checkErrorHandler(errors)
		}
		i = end
	}
	return out, nil
}

// decodeError is one undecodable range [start, end) and its reason.
type decodeError struct {
	start, end int
	reason     string
}

// utf8Next decodes the UTF-8 sequence at b[i:]: the rune and its length,
// or a decodeError over CPython's maximal invalid subpart.
func utf8Next(b []byte, i int, surrogatePass bool) (rune, int, *decodeError) {
	c := b[i]
	if c < 0x80 {
		return rune(c), 1, nil
	}
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need = 2
		if !surrogatePass {
			hi = 0x9F
		}
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 0, 0, &decodeError{i, i + 1, "invalid start byte"}
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(b) {
			return 0, 0, &decodeError{i, len(b), "unexpected end of data"}
		}
		d := b[i+k]
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if d < l || d > h {
			return 0, 0, &decodeError{i, i + k, "invalid continuation byte"}
		}
	}
	r, n := pystr.DecodeRune(string(b[i : i+need+1]))
	return r, n, nil
}

// decodeBytes decodes all of b.
func decodeBytes(b []byte, codec, errors string) (string, error) {
	s, _, err := decodeStream(b, codec, errors, true)
	return s, err
}

// decodeStream decodes b; final false (a stream's middle) leaves an
// incomplete trailing sequence undecoded and returns how many bytes were
// consumed.
func decodeStream(b []byte, codec, errors string, final bool) (string, int, error) {
	if codec == codecUTF8 && utf8.Valid(b) {
		return string(b), len(b), nil
	}
	var out []byte
	src := b
	off := 0 // bytes of b skipped before src (a BOM)
	switch codec {
	case codecUTF8Sig:
		if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			src, off = b[3:], 3
		}
	case codecUTF16:
		codec = codecUTF16LE
		if len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff {
			src, off, codec = b[2:], 2, codecUTF16BE
		} else if len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe {
			src, off = b[2:], 2
		}
	case codecUTF32:
		codec = codecUTF32LE
		if len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff {
			src, off, codec = b[4:], 4, codecUTF32BE
		} else if len(b) >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0 {
			src, off = b[4:], 4
		}
	}
	pass := errors == "surrogatepass"
	i := 0
	for i < len(src) {
		var r rune
		var n int
		var de *decodeError
		switch codec {
		case codecUTF8, codecUTF8Sig:
			r, n, de = utf8Next(src, i, pass)
		case codecLatin1:
			r, n = rune(src[i]), 1
		case codecASCII:
			if src[i] < 128 {
				r, n = rune(src[i]), 1
			} else {
				de = &decodeError{i, i + 1, "ordinal not in range(128)"}
			}
		case codecCP1252:
			c := src[i]
			r, n = rune(c), 1
			if c >= 0x80 && c < 0xa0 {
				if r = cp1252High[c-0x80]; r < 0 {
					de = &decodeError{i, i + 1, "character maps to <undefined>"}
				}
			}
		case codecUTF16LE, codecUTF16BE:
			r, n, de = utf16Next(src, i, codec == codecUTF16BE, pass)
		case codecUTF32LE, codecUTF32BE:
			r, n, de = utf32Next(src, i, codec == codecUTF32BE, pass)
		}
		if de == nil {
			out = pystr.AppendRune(out, r)
			i += n
			continue
		}
		if !final && de.end == len(src) && strings.HasPrefix(de.reason, "unexpected end") || !final && de.reason == "truncated data" {
			return string(out), off + i, nil
		}
		switch errors {
		case "strict", "surrogatepass":
			return "", 0, newUnicodeDecodeError(errorName(codec), b, off+de.start, off+de.end, de.reason)
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, 0xFFFD)
		case "backslashreplace":
			for k := de.start; k < de.end; k++ {
				out = append(out, sprintf("\\x%02x", src[k])...)
			}
		case "xmlcharrefreplace":
			return "", 0, typeErrorf("don't know how to handle UnicodeDecodeError in error callback")
		case "surrogateescape": // escapes the leading bytes >= 128 and resumes after them
			k := de.start
			for k < de.end && src[k] >= 128 {
				out = pystr.AppendRune(out, 0xDC00+rune(src[k]))
				k++
			}
			if k == de.start {
				return "", 0, newUnicodeDecodeError(errorName(codec), b, off+de.start, off+de.end, de.reason)
			}
			i = k
			continue
		default:
			return "", 0, checkErrorHandler(errors)
		}
		i = de.end
	}
	return string(out), len(b), nil
}

func utf16Next(b []byte, i int, big, pass bool) (rune, int, *decodeError) {
	unit := func(k int) uint16 {
		if big {
			return binary.BigEndian.Uint16(b[k:])
		}
		return binary.LittleEndian.Uint16(b[k:])
	}
	if i+2 > len(b) {
		return 0, 0, &decodeError{i, len(b), "truncated data"}
	}
	u := unit(i)
	switch {
	case u < 0xD800 || u > 0xDFFF:
		return rune(u), 2, nil
	case u >= 0xDC00:
		if pass {
			return rune(u), 2, nil
		}
		return 0, 0, &decodeError{i, i + 2, "illegal encoding"}
	}
	if i+4 > len(b) {
		if pass && i+2 == len(b) {
			return rune(u), 2, nil
		}
		return 0, 0, &decodeError{i, len(b), "unexpected end of data"}
	}
	v := unit(i + 2)
	if v < 0xDC00 || v > 0xDFFF {
		if pass {
			return rune(u), 2, nil
		}
		return 0, 0, &decodeError{i, i + 2, "illegal UTF-16 surrogate"}
	}
	return 0x10000 + (rune(u)-0xD800)<<10 + rune(v) - 0xDC00, 4, nil
}

func utf32Next(b []byte, i int, big, pass bool) (rune, int, *decodeError) {
	if i+4 > len(b) {
		return 0, 0, &decodeError{i, len(b), "truncated data"}
	}
	var u uint32
	if big {
		u = binary.BigEndian.Uint32(b[i:])
	} else {
		u = binary.LittleEndian.Uint32(b[i:])
	}
	switch {
	case u > 0x10FFFF:
		return 0, 0, &decodeError{i, i + 4, "code point not in range(0x110000)"}
	case u >= 0xD800 && u <= 0xDFFF && !pass:
		return 0, 0, &decodeError{i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"}
	}
	return rune(u), 4, nil
}

// codecFastPath reports whether CPython's str.encode/bytes.decode call the
// codec directly for this name (utf-8, utf-16, utf-32, ascii, latin-1):
// other names go through the codec registry, which wraps an error of the
// error handler as "encoding with 'NAME' codec failed (...)".
func codecFastPath(name string) bool {
	var b strings.Builder
	punct := false
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			b.WriteRune(c)
			punct = false
		} else if !punct {
			b.WriteByte('_')
			punct = true
		}
	}
	switch n := b.String(); n {
	case "utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return true
	}
	return false
}

// wrapCodecError is how the codec registry reports a failing error handler.
func wrapCodecError(err error, op, name string) error {
	e, ok := err.(*Exception)
	if !ok || e.cls.isSubtype(UnicodeErrorType) || codecFastPath(name) {
		return err
	}
	return newExc(e.cls, sprintf("%s with '%s' codec failed (%s: %s)", op, name, e.cls.Name, excStrNoVM(e)))
}

// encodeNamed is str.encode(name, errors).
func encodeNamed(s, name, errors string) ([]byte, error) {
	codec, err := lookupCodec(name)
	if err != nil {
		return nil, err
	}
	b, err := encodeString(s, codec, errors, true)
	if err != nil {
		return nil, wrapCodecError(err, "encoding", name)
	}
	return b, nil
}

// decodeNamed is bytes.decode(name, errors).
func decodeNamed(b []byte, name, errors string) (string, error) {
	if len(b) == 0 { // CPython answers before looking the codec up
		return "", nil
	}
	codec, err := lookupCodec(name)
	if err != nil {
		return "", err
	}
	s, err := decodeBytes(b, codec, errors)
	if err != nil {
		return "", wrapCodecError(err, "decoding", name)
	}
	return s, nil
}

// codecArgs reads the (encoding, errors) arguments of str.encode,
// bytes.decode and friends.
func codecArgs(fname string, args []Value, kw []string) (string, string, error) {
	vals, err := parseArgs(fname, args, kw, []string{"encoding", "errors"}, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	if v := vals[0]; v.k != kNull {
		s, ok := asStr(v)
		if !ok {
			return "", "", typeErrorf("%s() argument 'encoding' must be str, not %s", fname, v.Type().tpName())
		}
		enc = s
	}
	if v := vals[1]; v.k != kNull {
		s, ok := asStr(v)
		if !ok {
			return "", "", typeErrorf("%s() argument 'errors' must be str, not %s", fname, v.Type().tpName())
		}
		errs = s
	}
	return enc, errs, nil
}

func strEncode(vm *VM, args []Value, kw []string) (Value, error) {
	enc, errs, err := codecArgs("encode", args[1:], kw)
	if err != nil {
		return Null, err
	}
	s, _ := asStr(args[0])
	b, err := encodeNamed(s, enc, errs)
	if err != nil {
		return Null, err
	}
	return Obj(&Bytes{b: b}), nil
}

func bytesDecode(vm *VM, args []Value, kw []string) (Value, error) {
	enc, errs, err := codecArgs("decode", args[1:], kw)
	if err != nil {
		return Null, err
	}
	s, err := decodeNamed(selfBytes(args).b, enc, errs)
	if err != nil {
		return Null, err
	}
	return Str(s), nil
}
