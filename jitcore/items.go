package jitcore

import (
	"errors"
	"strings"

	"jitlens/jitcore/pystr"
)

var errStop = errors.New("stop iteration")

func stringsContains(s, sub string) bool { return strings.Contains(s, sub) }

// index converts an index value to an int (the __index__ protocol).
func (vm *VM) index(v Value, what string) (int64, error) {
	if v.k == kInt || v.k == kBool {
		return v.n, nil
	}
	return vm.indexSlow(v, what)
}

func (vm *VM) indexSlow(v Value, what string) (int64, error) {
	if v.isIntLike() {
		b := intBase(v)
		if b.k == kInt {
			return b.n, nil
		}
		return 0, newExcf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if m, ok := userMethod(v, "__index__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return 0, err
		}
		if !r.isIntLike() {
			return 0, typeErrorf("__index__ returned non-int (type %s)", r.Type().tpName())
		}
		return vm.index(r, what)
	}
	return 0, typeErrorf("%s", what)
}

func seqIndexError(t string) error {
	return newIndexError(t + " index out of range")
}

// sliceIndices resolves a slice against a sequence length (PySlice_Unpack
// and PySlice_AdjustIndices).
func (vm *VM) sliceIndices(sl *SliceObj, length int) (start, stop, step, n int, err error) {
	step = 1
	if !sl.step.IsNone() {
		st, err := vm.sliceInt(sl.step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, 0, newValueError("slice step cannot be zero")
		}
		step = st
	}
	hasStart, hasStop := !sl.start.IsNone(), !sl.stop.IsNone()
	if hasStart {
		if start, err = vm.sliceInt(sl.start); err != nil {
			return
		}
	}
	if hasStop {
		if stop, err = vm.sliceInt(sl.stop); err != nil {
			return
		}
	}
	start, stop, n = pystr.AdjustIndices(length, start, stop, step, hasStart, hasStop)
	return start, stop, step, n, nil
}

func (vm *VM) sliceInt(v Value) (int, error) {
	if v.isIntLike() {
		b := intBase(v)
		if b.k == kInt {
			return int(b.n), nil
		}
		if toBig(b).Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if _, ok := userMethod(v, "__index__"); ok {
		i, err := vm.index(v, "")
		return int(i), err
	}
	return 0, typeErrorf("slice indices must be integers or None or have an __index__ method")
}

func sliceItems(items []Value, start, step, n int) []Value {
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		out[i] = items[start+i*step]
	}
	return out
}

// getItem implements o[k].
func (vm *VM) getItem(o, k Value) (Value, error) {
	if mp, ok := o.o.(*mappingProxy); ok && o.k == kObj {
		o = Obj(mp.d)
	}
	switch c := o.o.(type) {
	case *memoryviewObj:
		return vm.memoryviewGetItem(c, k)
	case *List:
		if k.k == kInt {
			i := k.n
			if i < 0 {
				i += int64(c.length())
			}
			if i < 0 || i >= int64(c.length()) {
				return Null, seqIndexError("list")
			}
			return c.at(int(i)), nil
		}
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			start, _, step, n, err := vm.sliceIndices(sl, c.length())
			if err != nil {
				return Null, err
			}
			if c.c != nil {
				return Obj(compactSlice(c, nil, false, start, step, n)), nil // list_compact.go
			}
			return NewList(sliceItems(c.values(), start, step, n)), nil
		}
		i, err := vm.index(k, "list indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return Null, err
		}
		return vm.getItem(o, Int(i))
	case *Tuple:
		if k.k == kInt {
			i := k.n
			if i < 0 {
				i += int64(len(c.items))
			}
			if i < 0 || i >= int64(len(c.items)) {
				return Null, seqIndexError("tuple")
			}
			return c.items[i], nil
		}
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			start, _, step, n, err := vm.sliceIndices(sl, len(c.items))
			if err != nil {
				return Null, err
			}
			return NewTuple(sliceItems(c.items, start, step, n)...), nil
		}
		i, err := vm.index(k, "tuple indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return Null, err
		}
		return vm.getItem(o, Int(i))
	case *Dict:
		v, ok, err := c.Get(vm, k)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, newKeyError(k)
		}
		return v, nil
	case *strObj:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			if c.isASCII() {
				start, _, step, n, err := vm.sliceIndices(sl, len(c.s))
				if err != nil {
					return Null, err
				}
				if step == 1 {
					return Str(c.s[start : start+n]), nil
				}
				return Str(pystr.Slice(c.s, start, step, n)), nil
			}
			start, _, step, n, err := vm.sliceIndices(sl, c.length())
			if err != nil {
				return Null, err
			}
			rs := c.codepoints()
			out := make([]rune, n)
			for i := 0; i < n; i++ {
				out[i] = rs[start+i*step]
			}
			return Str(pystr.FromRunes(out)), nil
		}
		i, err := vm.index(k, "string indices must be integers, not '"+k.Type().tpName()+"'")
		if err != nil {
			return Null, err
		}
		n := int64(c.length())
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, newIndexError("string index out of range")
		}
		return c.at(int(i)), nil
	case *Range:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			return vm.rangeSlice(c, sl)
		}
		if c.b != nil || (k.k == kObj && k.isIntLike()) || (!k.isIntLike() && hasUserIndex(k)) {
			if !k.isIntLike() && !hasUserIndex(k) {
				return Null, typeErrorf("range indices must be integers or slices, not %s", k.Type().tpName())
			}
			bi, err := vm.intArg(k)
			if err != nil {
				return Null, err
			}
			return bigRangeItem(c, bi)
		}
		i, err := vm.index(k, "range indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return Null, err
		}
		n := c.length()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, newIndexError("range object index out of range")
		}
		return Int(c.start + i*c.step), nil
	case *Bytes:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			start, _, step, n, err := vm.sliceIndices(sl, len(c.b))
			if err != nil {
				return Null, err
			}
			out := make([]byte, n)
			for i := 0; i < n; i++ {
				out[i] = c.b[start+i*step]
			}
			return Obj(&Bytes{b: out, mutable: c.mutable}), nil
		}
		i, err := vm.index(k, "byte indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return Null, err
		}
		if i < 0 {
			i += int64(len(c.b))
		}
		if i < 0 || i >= int64(len(c.b)) {
			if c.mutable {
				return Null, newIndexError("bytearray index out of range")
			}
			return Null, newIndexError("index out of range")
		}
		return Int(int64(c.b[i])), nil
	case *Type:
		if m, ok := c.lookup("__class_getitem__"); ok {
			// an implicit classmethod: bind to the class itself, not its
			// metaclass (fix for typing.Generic subclasses, stdlib B)
			if cm, ok := m.o.(*ClassMethod); ok && m.k == kObj {
				return vm.call(cm.fn, []Value{o, k}, nil)
			}
			return vm.callMethod(m, o, k)
		}
		if c.builtin && typeHasClassGetitem(c) {
			return Obj(&genericAlias{origin: c, args: k}), nil
		}
	}
	if m, ok := userMethod(o, "__getitem__"); ok {
		return vm.callMethod(m, o, k)
	}
	if in, ok := o.o.(*Instance); ok && in.base.k != kNull {
		r, err := vm.getItem(in.base, k)
		if err != nil {
			return Null, err
		}
		if d, ok := in.base.o.(*Dict); ok && r.IsNull() {
			_ = d
		}
		return r, nil
	}
	if o.k == kObj {
		if _, ok := o.o.(*Type); ok {
			return Null, typeErrorf("type '%s' is not subscriptable", o.o.(*Type).Name)
		}
	}
	return Null, typeErrorf("'%s' object is not subscriptable", o.Type().tpName())
}

// genericAlias is list[int] and friends (only printed).
type genericAlias struct {
	origin *Type
	args   Value
}

func (*genericAlias) pyType() *Type { return genericAliasType }

// genericAliasType is types.GenericAlias: list[int] is not itself a class.
var genericAliasType = func() *Type {
	t := newBuiltinType("GenericAlias", ObjectType)
	t.Module = "types"
	t.cName = "types.GenericAlias"
	return t
}()

// setItem implements o[k] = v.
func (vm *VM) setItem(o, k, v Value) error {
	switch c := o.o.(type) {
	case *List:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			return vm.setListSlice(c, sl, v)
		}
		i, err := vm.index(k, "list indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(c.length())
		}
		if i < 0 || i >= int64(c.length()) {
			return newIndexError("list assignment index out of range")
		}
		c.setAt(int(i), v)
		return nil
	case *Dict:
		return c.Set(vm, k, v)
	case *Bytes:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj && c.mutable {
			return vm.setByteArraySlice(c, sl, v)
		}
		if c.mutable {
			i, err := vm.index(k, "bytearray indices must be integers or slices, not "+k.Type().tpName())
			if err != nil {
				return err
			}
			if i < 0 {
				i += int64(len(c.b))
			}
			if i < 0 || i >= int64(len(c.b)) {
				return newIndexError("bytearray index out of range")
			}
			b, err := vm.index(v, "'"+v.Type().tpName()+"' object cannot be interpreted as an integer")
			if err != nil {
				return err
			}
			if b < 0 || b > 255 {
				return newValueError("byte must be in range(0, 256)")
			}
			c.b[i] = byte(b)
			return nil
		}
	}
	if m, ok := userMethod(o, "__setitem__"); ok {
		_, err := vm.callMethod(m, o, k, v)
		return err
	}
	if in, ok := o.o.(*Instance); ok && in.base.k != kNull {
		return vm.setItem(in.base, k, v)
	}
	return typeErrorf("'%s' object does not support item assignment", o.Type().tpName())
}

func (vm *VM) setListSlice(c *List, sl *SliceObj, v Value) error {
	items, err := vm.toSlice(v)
	if err != nil {
		if !vm.isIterable(v) {
			return typeErrorf("must assign iterable to extended slice")
		}
		return err
	}
	start, stop, step, n, err := vm.sliceIndices(sl, len(c.values()))
	if err != nil {
		return err
	}
	if step == 1 {
		c.vals = spliced(c.values(), start, stop, items)
		return nil
	}
	if len(items) != n {
		return newValueError(sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(items), n))
	}
	for i := 0; i < n; i++ {
		c.values()[start+i*step] = items[i]
	}
	return nil
}

// delItem implements del o[k].
func (vm *VM) delItem(o, k Value) error {
	switch c := o.o.(type) {
	case *List:
		if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
			start, _, step, n, err := vm.sliceIndices(sl, len(c.values()))
			if err != nil {
				return err
			}
			c.vals = withoutStrided(c.values(), start, step, n)
			return nil
		}
		i, err := vm.index(k, "list indices must be integers or slices, not "+k.Type().tpName())
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(len(c.values()))
		}
		if i < 0 || i >= int64(len(c.values())) {
			return newIndexError("list assignment index out of range")
		}
		c.vals = append(c.values()[:i], c.values()[i+1:]...)
		return nil
	case *Bytes:
		if c.mutable {
			return vm.delByteArrayItem(c, k)
		}
	case *Dict:
		_, ok, err := c.Delete(vm, k)
		if err != nil {
			return err
		}
		if !ok {
			return newKeyError(k)
		}
		return nil
	}
	if m, ok := userMethod(o, "__delitem__"); ok {
		_, err := vm.callMethod(m, o, k)
		return err
	}
	if in, ok := o.o.(*Instance); ok && in.base.k != kNull {
		return vm.delItem(in.base, k)
	}
	return typeErrorf("'%s' object doesn't support item deletion", o.Type().tpName())
}

// length implements len(o).
func (vm *VM) length(o Value) (int, error) {
	if o.k == kObj {
		switch c := o.o.(type) {
		case *memoryviewObj:
			return c.stop - c.start, c.check()
		case *mappingProxy:
			return c.d.used, nil
		case *strObj:
			return c.length(), nil
		case *List:
			return c.length(), nil
		case *Tuple:
			return len(c.items), nil
		case *Dict:
			return c.used, nil
		case *Set:
			return c.used, nil
		case *Range:
			n, err := rangeLen(c)
			return int(n), err
		case *Bytes:
			return len(c.b), nil
		case *dictView:
			return c.d.used, nil
		}
	}
	if m, ok := userMethod(o, "__len__"); ok {
		r, err := vm.callMethod(m, o)
		if err != nil {
			return 0, err
		}
		return vm.lenResult(r)
	}
	if in, ok := o.o.(*Instance); ok && in.base.k != kNull && o.k == kObj {
		return vm.length(in.base)
	}
	return 0, typeErrorf("object of type '%s' has no len()", o.Type().tpName())
}

// unionType is `X | Y` of types (types.UnionType); it is only printed and
// compared.
type unionType struct{ args []Value }

func (*unionType) pyType() *Type { return unionTypeType }

var unionTypeType = func() *Type {
	t := newBuiltinType("UnionType", ObjectType)
	t.Module = "types"
	t.cName = "types.UnionType"
	return t
}()

func isTypeLike(v Value) bool {
	if v.IsNone() {
		return true
	}
	switch v.o.(type) {
	case *Type, *genericAlias, *unionType:
		return v.k == kObj
	}
	return false
}

func makeUnion(a, b Value) Value {
	var args []Value
	for _, v := range []Value{a, b} {
		if u, ok := v.o.(*unionType); ok && v.k == kObj {
			args = append(args, u.args...)
		} else {
			args = append(args, v)
		}
	}
	return Obj(&unionType{args})
}

func (vm *VM) typeArgRepr(v Value) (string, error) {
	if v.IsNone() {
		return "None", nil
	}
	if t, ok := v.o.(*Type); ok && v.k == kObj {
		if m := moduleOf(t); m != "" {
			return m + t.QualName, nil
		}
		return t.QualName, nil
	}
	return vm.repr(v)
}
