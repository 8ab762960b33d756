// Package analysis derives facts from a Python syntax tree that the advisor
// needs before (and after) a program runs: the functions and their local
// variables, the types those variables are given where they are assigned,
// whether Numba's nopython mode or Cython's pure mode could compile each
// function (and if not, which construct blocks it), and which loops have
// independent iterations.
//
// The analysis is deliberately conservative: a fact it states is one it can
// justify from the code, and "unknown" is a normal answer.
package analysis

import "strings"

// Kind is the coarse type of a value as the analysis sees it.
type Kind uint8

// The kinds the analysis distinguishes. Unknown means "could be anything".
const (
	Unknown Kind = iota
	Int
	Float
	Bool
	Complex
	Str
	Bytes
	NoneKind
	List
	Tuple
	Dict
	Set
	Range
	Function
	Object
)

var kindNames = [...]string{"unknown", "int", "float", "bool", "complex", "str", "bytes", "None", "list", "tuple", "dict", "set", "range", "function", "object"}

func (k Kind) String() string { return kindNames[k] }

// Type is an inferred type: a kind, and for lists the kind of the elements.
type Type struct {
	Kind Kind
	Elem Kind // for List (and Set): the element kind, Unknown if mixed or not known
}

// Scalar reports whether t is a number or bool that native code keeps unboxed.
func (t Type) Scalar() bool { return t.Kind == Int || t.Kind == Float || t.Kind == Bool }

// Known reports whether anything is known about t.
func (t Type) Known() bool { return t.Kind != Unknown }

func (t Type) String() string {
	if (t.Kind == List || t.Kind == Set) && t.Elem != Unknown {
		return t.Kind.String() + "[" + t.Elem.String() + "]"
	}
	return t.Kind.String()
}

// join merges two types seen on different paths: equal types stay, anything
// else is Unknown (the analysis does not model unions).
func join(a, b Type) Type {
	if a == b {
		return a
	}
	if a.Kind == b.Kind && (a.Kind == List || a.Kind == Set) {
		return Type{Kind: a.Kind}
	}
	return Type{}
}

// numeric returns the result kind of arithmetic between two numeric kinds
// (bool counts as int), or Unknown.
func numeric(a, b Kind) Kind {
	if a == Bool {
		a = Int
	}
	if b == Bool {
		b = Int
	}
	switch {
	case a == Int && b == Int:
		return Int
	case (a == Int || a == Float) && (b == Int || b == Float):
		return Float
	case (a == Complex && (b == Int || b == Float || b == Complex)) || (b == Complex && (a == Int || a == Float)):
		return Complex
	}
	return Unknown
}

// annotationType maps a type annotation's source text to a type: PEP 484
// names and Cython's pure-mode names.
func annotationType(text string) Type {
	t := strings.TrimSpace(text)
	t = strings.Trim(t, "'\"")
	switch t {
	case "int", "cython.int", "cython.long", "cython.longlong", "cython.short", "cython.Py_ssize_t",
		"cython.uint", "cython.ulong", "cython.ulonglong", "cython.size_t", "cython.char",
		"numba.int64", "numba.int32", "int64", "int32":
		return Type{Kind: Int}
	case "float", "cython.double", "cython.float", "numba.float64", "float64", "numba.float32", "float32":
		return Type{Kind: Float}
	case "bool", "cython.bint":
		return Type{Kind: Bool}
	case "complex", "cython.complex", "cython.doublecomplex":
		return Type{Kind: Complex}
	case "str":
		return Type{Kind: Str}
	case "bytes":
		return Type{Kind: Bytes}
	case "None":
		return Type{Kind: NoneKind}
	case "list", "List", "typing.List":
		return Type{Kind: List}
	case "list[int]", "List[int]", "typing.List[int]":
		return Type{Kind: List, Elem: Int}
	case "list[float]", "List[float]", "typing.List[float]":
		return Type{Kind: List, Elem: Float}
	case "tuple", "Tuple":
		return Type{Kind: Tuple}
	case "dict", "Dict":
		return Type{Kind: Dict}
	case "set", "Set":
		return Type{Kind: Set}
	}
	switch {
	case strings.HasPrefix(t, "tuple[") || strings.HasPrefix(t, "Tuple["):
		return Type{Kind: Tuple}
	case strings.HasPrefix(t, "dict[") || strings.HasPrefix(t, "Dict["):
		return Type{Kind: Dict}
	}
	return Type{}
}
