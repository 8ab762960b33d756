package jitcore

// The methods of member_descriptor (types.MemberDescriptorType), the type
// of a __slots__ entry seen on its class: C.x.__get__(obj, C) reads the
// slot, __set__ writes it and __delete__ empties it, with CPython's checks
// that obj is an instance of the class that declared the slot.

func init() {
	method(memberDescrType, "__get__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__get__", args[1:], kw, 1, 2); err != nil {
			return Null, err
		}
		d := args[0].o.(*slotDescr)
		if args[1].IsNone() {
			return args[0], nil
		}
		in, err := d.instance(args[1])
		if err != nil {
			return Null, err
		}
		if r := in.slots[d.index]; r.k != kNull {
			return r, nil
		}
		return Null, newAttributeError(sprintf("'%s' object has no attribute '%s'", args[1].Type().tpName(), d.name))
	})
	method(memberDescrType, "__set__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__set__", args[1:], kw, 2, 2); err != nil {
			return Null, err
		}
		d := args[0].o.(*slotDescr)
		in, err := d.instance(args[1])
		if err != nil {
			return Null, err
		}
		in.slots[d.index] = args[2]
		return None, nil
	})
	method(memberDescrType, "__delete__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__delete__", args[1:], kw, 1, 1); err != nil {
			return Null, err
		}
		d := args[0].o.(*slotDescr)
		in, err := d.instance(args[1])
		if err != nil {
			return Null, err
		}
		if in.slots[d.index].k == kNull {
			return Null, newAttributeError(d.name)
		}
		in.slots[d.index] = Null
		return None, nil
	})
}

// instance checks that obj has the slot d describes and returns it.
func (d *slotDescr) instance(obj Value) (*Instance, error) {
	in, ok := obj.o.(*Instance)
	if !ok || obj.k != kObj || !obj.Type().isSubtype(d.owner) || d.index >= len(in.slots) {
		return nil, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.tpName(), obj.Type().tpName())
	}
	return in, nil
}
