package jitcore

import (
	"jitlens/jitcore/pystr"
)

// strObj is a Python str: UTF-8 text with a cached hash and what is known
// of its code points. It is kept at 32 bytes (the allocator's size class
// below is 48): string-heavy programs allocate millions of them.
type strObj struct {
	s string
	// hash is the cached hash; 0 means not computed yet (hashString
	// returns 0 only for the empty str, whose hash is cheap to recompute).
	hash int64
	// info is nil while unknown, strASCII for ASCII text, otherwise a
	// *strInfo whose runes index is built at the first indexing.
	info *strInfo
}

// strInfo describes non-ASCII text (strNonASCII until runes are built).
type strInfo struct {
	runes []rune
}

var (
	strASCII    = &strInfo{}
	strNonASCII = &strInfo{}
)

func (*strObj) pyType() *Type { return StrType }

func newStr(s string) *strObj { return &strObj{s: s} }

// newASCIIStr makes a str from text known to be ASCII (e.g. a piece of an
// ASCII str), so that its length and indexing need no scan.
func newASCIIStr(s string) *strObj { return &strObj{s: s, info: strASCII} }

// strLike returns a str of s, a piece or transform of src that is ASCII
// when src is known to be: the flag is carried over instead of rescanned.
func strLike(src *strObj, s string) *strObj {
	if src.info == strASCII {
		return newASCIIStr(s)
	}
	return newStr(s)
}

var (
	internedChars [128]*strObj
	emptyStr      = newStr("")
)

func init() {
	for i := range internedChars {
		internedChars[i] = newASCIIStr(string(rune(i)))
	}
}

func (s *strObj) hashValue() int64 {
	if s.hash == 0 {
		s.hash = hashString(s.s)
	}
	return s.hash
}

func (s *strObj) isASCII() bool {
	if s.info == nil {
		s.info = strNonASCII
		if pystr.IsASCII(s.s) {
			s.info = strASCII
		}
	}
	return s.info == strASCII
}

// length returns the number of code points.
func (s *strObj) length() int {
	if s.isASCII() {
		return len(s.s)
	}
	return len(s.codepoints())
}

func (s *strObj) codepoints() []rune {
	if s.isASCII() {
		return []rune(s.s)
	}
	if s.info == strNonASCII {
		s.info = &strInfo{runes: pystr.Runes(s.s)}
	}
	return s.info.runes
}

// at returns code point i as a str.
func (s *strObj) at(i int) Value {
	if s.isASCII() {
		return Obj(internedChars[s.s[i]])
	}
	r := s.codepoints()[i]
	return charStr(r)
}

func charStr(r rune) Value {
	if r >= 0 && r < 128 {
		return Obj(internedChars[r])
	}
	return Str(pystr.EncodeRune(r))
}

// asStr returns the Go string of a str value (or a str subclass instance).
func asStr(v Value) (string, bool) {
	if v.k != kObj {
		return "", false
	}
	switch o := v.o.(type) {
	case *strObj:
		return o.s, true
	case *Instance:
		if o.base.k == kObj {
			return asStr(o.base)
		}
	}
	return "", false
}

func strObjOf(v Value) *strObj {
	if v.k != kObj {
		return nil
	}
	switch o := v.o.(type) {
	case *strObj:
		return o
	case *Instance:
		if o.base.k == kObj {
			return strObjOf(o.base)
		}
	}
	return nil
}
