package jitcore

import (
	"jitlens/jitcore/pystr"
)

// strObj is a Python str: UTF-8 text with a cached hash and, for non-ASCII
// text, a lazily built code point index.
type strObj struct {
	s      string
	hash   int64
	hashed bool
	ascii  int8 // 0 unknown, 1 yes, 2 no
	runes  []rune
}

func (*strObj) pyType() *Type { return StrType }

func newStr(s string) *strObj { return &strObj{s: s} }

var (
	internedChars [128]*strObj
	emptyStr      = newStr("")
)

func init() {
	for i := range internedChars {
		internedChars[i] = newStr(string(rune(i)))
	}
}

func (s *strObj) hashValue() int64 {
	if !s.hashed {
		s.hash = hashString(s.s)
		s.hashed = true
	}
	return s.hash
}

func (s *strObj) isASCII() bool {
	if s.ascii == 0 {
		s.ascii = 2
		if pystr.IsASCII(s.s) {
			s.ascii = 1
		}
	}
	return s.ascii == 1
}

// length returns the number of code points.
func (s *strObj) length() int {
	if s.isASCII() {
		return len(s.s)
	}
	return len(s.codepoints())
}

func (s *strObj) codepoints() []rune {
	if s.runes == nil {
		s.runes = pystr.Runes(s.s)
	}
	return s.runes
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
