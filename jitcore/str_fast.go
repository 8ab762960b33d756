package jitcore

import (
	"strings"

	"jitlens/jitcore/pystr"
)

// Fast paths of the str methods that string-heavy programs call in their
// inner loops: they allocate the results in few blocks and carry the
// receiver's known ASCII-ness over to them.

// exactStr returns v's strObj when v is an exact str (not a subclass
// instance): CPython hands such a receiver back unchanged from methods
// that change nothing.
func exactStr(v Value) *strObj {
	if v.k != kObj {
		return nil
	}
	s, _ := v.o.(*strObj)
	return s
}

// strChunk is how many strs of one split share an allocation: few enough
// that keeping one piece alive keeps little else alive.
const strChunk = 16

// strPieces returns the list of parts of src (a split's result): each
// part knows it is ASCII when src does, and an exact src that was not
// split at all is itself the only item, as in CPython.
func strPieces(src *strObj, exact bool, parts []string) Value {
	items := make([]Value, len(parts))
	if len(parts) == 1 && exact && len(parts[0]) == len(src.s) {
		items[0] = Obj(src)
		return NewList(items)
	}
	var info *strInfo
	if src.info == strASCII {
		info = strASCII
	}
	var chunk []strObj
	for i, p := range parts {
		if len(chunk) == 0 {
			chunk = make([]strObj, min(len(parts)-i, strChunk))
		}
		o := &chunk[0]
		chunk = chunk[1:]
		o.s, o.info = p, info
		items[i] = Obj(o)
	}
	return NewList(items)
}

// strResult returns the str s computed from the receiver self: self
// itself when s is unchanged and self is an exact str (strip, replace...),
// else a new str, ASCII when self is.
func strResult(self Value, src *strObj, s string) Value {
	if len(s) == len(src.s) {
		if exactStr(self) != nil {
			return self
		}
	}
	return Obj(strLike(src, s))
}

// caseMapped returns the new str s, the case mapping of src: ASCII when
// src is, with src's hash when the text did not change.
func caseMapped(src *strObj, s string) Value {
	o := strLike(src, s)
	if s == src.s {
		o.hash = src.hash
	}
	return Obj(o)
}

// lowerASCII and upperASCII map known-ASCII text without rescanning it.
func lowerASCII(src *strObj) string {
	if src.info == strASCII {
		return strings.ToLower(src.s)
	}
	return pystr.Lower(src.s)
}

func upperASCII(src *strObj) string {
	if src.info == strASCII {
		return strings.ToUpper(src.s)
	}
	return pystr.Upper(src.s)
}

// concatStr is str + str for two exact strs: like CPython, adding an
// empty str gives the other operand itself.
func concatStr(x, y *strObj) Value {
	if len(y.s) == 0 {
		return Obj(x)
	}
	if len(x.s) == 0 {
		return Obj(y)
	}
	o := newStr(x.s + y.s)
	if x.info == strASCII && y.info == strASCII {
		o.info = strASCII
	}
	return Obj(o)
}

// joinSeq implements sep.join(items) for the items of a list or tuple:
// the result's size is known before copying, and it is ASCII when every
// part is.
func joinSeq(sep *strObj, items []Value) (Value, error) {
	switch len(items) {
	case 0:
		return Obj(emptyStr), nil
	case 1:
		if exactStr(items[0]) != nil {
			return items[0], nil
		}
	}
	n := len(sep.s) * (len(items) - 1)
	ascii := len(items) == 1 || sep.isASCII()
	for i, v := range items {
		p := strObjOf(v)
		if p == nil {
			return Null, typeErrorf("sequence item %d: expected str instance, %s found", i, v.Type().tpName())
		}
		n += len(p.s)
		if ascii && !p.isASCII() {
			ascii = false
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, v := range items {
		if i > 0 {
			sb.WriteString(sep.s)
		}
		sb.WriteString(strObjOf(v).s)
	}
	o := newStr(sb.String())
	if ascii {
		o.info = strASCII
	}
	return Obj(o), nil
}

// strSelf returns the receiver of str method name, with CPython's error
// when the method is called unbound on something that is not a str.
func strSelf(args []Value, name string) (*strObj, error) {
	if len(args) > 0 {
		if o := strObjOf(args[0]); o != nil {
			return o, nil
		}
		return nil, typeErrorf("descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, args[0].Type().tpName())
	}
	return nil, typeErrorf("unbound method str.%s() needs an argument", name)
}
