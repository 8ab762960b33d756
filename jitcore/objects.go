package jitcore

import (
	"jitlens/jitcore/bytecode"
)

// List is a Python list. Its elements are vals, unless c is set: then
// they are stored compactly (list_compact.go) and vals is unused.
type List struct {
	vals []Value
	c    *compactList
}

func (*List) pyType() *Type { return ListType }

// Tuple is a Python tuple.
type Tuple struct{ items []Value }

func (*Tuple) pyType() *Type { return TupleType }

var emptyTuple = &Tuple{}

// NewTuple wraps items in a tuple.
func NewTuple(items ...Value) Value {
	if len(items) == 0 {
		return Obj(emptyTuple)
	}
	return Obj(&Tuple{items})
}

// NewList wraps items in a list.
func NewList(items []Value) Value { return Obj(&List{vals: items}) }

func asList(v Value) (*List, bool) {
	if v.k != kObj {
		return nil, false
	}
	switch o := v.o.(type) {
	case *List:
		return o, true
	case *Instance:
		if o.base.k == kObj {
			return asList(o.base)
		}
	}
	return nil, false
}

func asTuple(v Value) (*Tuple, bool) {
	if v.k != kObj {
		return nil, false
	}
	switch o := v.o.(type) {
	case *Tuple:
		return o, true
	case *Instance:
		if o.base.k == kObj {
			return asTuple(o.base)
		}
	}
	return nil, false
}

func asDict(v Value) (*Dict, bool) {
	if v.k != kObj {
		return nil, false
	}
	switch o := v.o.(type) {
	case *Dict:
		return o, true
	case *Instance:
		if o.base.k == kObj {
			return asDict(o.base)
		}
	}
	return nil, false
}

// Range is a range object.
type Range struct {
	start, stop, step int64
	b                 *bigRange // set when the bounds exceed the int64 fast path (range_big.go)
}

func (*Range) pyType() *Type { return RangeType }

func (r *Range) length() int64 {
	if r.b != nil {
		if r.b.n.IsInt64() {
			return r.b.n.Int64()
		}
		return 1<<63 - 1
	}
	if r.step > 0 {
		if r.start >= r.stop {
			return 0
		}
		return (r.stop-r.start-1)/r.step + 1
	}
	if r.start <= r.stop {
		return 0
	}
	return (r.start-r.stop-1)/(-r.step) + 1
}

// SliceObj is a slice object.
type SliceObj struct{ start, stop, step Value }

func (*SliceObj) pyType() *Type { return SliceType }

// Cell holds a variable captured by a closure.
type Cell struct{ v Value }

func (*Cell) pyType() *Type { return CellType }

// Function is a Python function.
type Function struct {
	code        *bytecode.Code
	rt          *codeRT
	globals     *Dict
	name        string
	qualname    string
	defaults    []Value
	kwdefaults  *Dict
	closure     []*Cell
	dict        *Dict
	doc         Value
	module      Value
	annotations Value
}

func (*Function) pyType() *Type { return FunctionType }

// Builtin is a function implemented in Go.
type Builtin struct {
	name  string
	fn    func(vm *VM, args []Value, kw []string) (Value, error)
	self  Value // bound receiver for built-in methods, or Null
	qual  string
	descr bool  // an unbound method of a built-in type (method_descriptor)
	owner *Type // a descr's type: its receiver must be an instance
	// wrapper marks a type's slot wrapper bound to an instance
	// (object().__str__), CPython's method-wrapper.
	wrapper bool
}

func (b *Builtin) pyType() *Type {
	if b.wrapper {
		return methodWrapperType
	}
	if b.descr && b.self.k == kNull {
		if slotWrapperNames[b.name] {
			return wrapperDescriptorType
		}
		return MethodDescriptorType
	}
	return BuiltinType
}

// Method is a function bound to an instance.
type Method struct {
	fn   Value
	self Value
}

func (*Method) pyType() *Type { return MethodType }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	fget, fset, fdel, doc Value
	name                  string
	cls                   *Type
}

func (p *Property) pyType() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PropertyType
}

// StaticMethod wraps a function for staticmethod.
type StaticMethod struct{ fn Value }

func (*StaticMethod) pyType() *Type { return StaticMethodType }

// ClassMethod wraps a function for classmethod.
type ClassMethod struct{ fn Value }

func (*ClassMethod) pyType() *Type { return ClassMethodType }

// Super is a super() proxy.
type Super struct {
	thisType *Type
	obj      Value
	objType  *Type
}

func (*Super) pyType() *Type { return SuperType }

// Module is a module object.
type Module struct {
	name string
	dict *Dict
}

func (*Module) pyType() *Type { return ModuleType }

type singleton struct{ t **Type }

func (s *singleton) pyType() *Type { return *s.t }

// NotImplemented and Ellipsis singletons.
var (
	NotImplemented = Obj(&singleton{&NotImplementedType})
	EllipsisValue  = Obj(&singleton{&EllipsisType})
)

// Bytes is bytes or bytearray.
type Bytes struct {
	b       []byte
	mutable bool
}

func (b *Bytes) pyType() *Type {
	if b.mutable {
		return ByteArrayType
	}
	return BytesType
}

// Complex is a complex number.
type Complex struct{ c complex128 }

func (*Complex) pyType() *Type { return ComplexType }
