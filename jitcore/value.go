// Package jitcore is jitlens's Python engine: values, objects, types, the
// bytecode interpreter, the builtins and the run API.
package jitcore

import (
	"math"
	"math/big"
)

// kind tags what a Value holds.
type kind uint8

const (
	kNull  kind = iota // no value: an unbound local or the NULL call slot
	kNone              // None
	kBool              // bool in n (0 or 1)
	kInt               // int that fits in int64, in n
	kFloat             // float64 bits in n
	kObj               // heap object in o
)

// Value is a Python value. Scalars live unboxed; everything else is a heap
// Object. The zero Value is NULL (never visible to Python code).
type Value struct {
	k kind
	n int64
	o Object
}

// Object is any heap-allocated Python object.
type Object interface {
	pyType() *Type
}

// Null is the absent value.
var Null = Value{}

// None is Python's None.
var None = Value{k: kNone}

// True and False are Python's booleans.
var (
	True  = Value{k: kBool, n: 1}
	False = Value{k: kBool, n: 0}
)

// Int returns a small int value.
func Int(i int64) Value { return Value{k: kInt, n: i} }

// Float returns a float value.
func Float(f float64) Value { return Value{k: kFloat, n: int64(math.Float64bits(f))} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object.
func Obj(o Object) Value { return Value{k: kObj, o: o} }

// BigInt returns an int value, small when it fits.
func BigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&bigInt{b})
}

// IsNull reports whether v is the absent value.
func (v Value) IsNull() bool { return v.k == kNull }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.k == kNone }

func (v Value) float() float64 { return math.Float64frombits(uint64(v.n)) }

// Type returns v's Python type.
func (v Value) Type() *Type {
	switch v.k {
	case kNone:
		return NoneType
	case kBool:
		return BoolType
	case kInt:
		return IntType
	case kFloat:
		return FloatType
	case kObj:
		return v.o.pyType()
	}
	return NoneType
}

// is reports Python identity (`is`).
func (v Value) is(w Value) bool {
	if v.k != w.k {
		return false
	}
	switch v.k {
	case kObj:
		return sameObject(v.o, w.o)
	case kFloat:
		return v.n == w.n
	}
	return v.n == w.n
}

func sameObject(a, b Object) bool { return a == b }

// bigInt is an int that does not fit in int64.
type bigInt struct{ v *big.Int }

func (*bigInt) pyType() *Type { return IntType }

// Str returns a str value.
func Str(s string) Value { return Obj(newStr(s)) }

// isInt reports whether v is an int (small or big, not bool).
func (v Value) isIntLike() bool {
	if v.k == kInt || v.k == kBool {
		return true
	}
	if v.k == kObj {
		switch o := v.o.(type) {
		case *bigInt:
			return true
		case *Instance:
			return o.base.k == kInt || o.base.k == kBool || isBig(o.base)
		}
	}
	return false
}

func isBig(v Value) bool {
	if v.k == kObj {
		_, ok := v.o.(*bigInt)
		return ok
	}
	return false
}

// toBig returns v (an int-like value) as a big.Int.
func toBig(v Value) *big.Int {
	switch v.k {
	case kInt, kBool:
		return big.NewInt(v.n)
	case kObj:
		switch o := v.o.(type) {
		case *bigInt:
			return o.v
		case *Instance:
			return toBig(o.base)
		}
	}
	return new(big.Int)
}

// intBase unwraps an int subclass instance to its int value.
func intBase(v Value) Value {
	if v.k == kBool {
		return Int(v.n)
	}
	if v.k == kObj {
		if in, ok := v.o.(*Instance); ok && in.base.k != kNull {
			return intBase(in.base)
		}
	}
	return v
}
