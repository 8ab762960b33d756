package jitcore

// resolveMroEntries applies PEP 560 to the bases of a class statement: a
// base that is not a class and has __mro_entries__ (typing.Generic[T],
// typing.NamedTuple) is replaced by the classes that method returns. It
// returns the original bases as a tuple when something was replaced
// (stored as __orig_bases__), or Null.
func (vm *VM) resolveMroEntries(bases *[]Value) (Value, error) {
	orig := *bases
	var out []Value
	changed := false
	for i, b := range orig {
		if _, isType := b.o.(*Type); isType && b.k == kObj {
			if changed {
				out = append(out, b)
			}
			continue
		}
		m, err := vm.getAttr(b, "__mro_entries__")
		if err != nil {
			if isExc(err, AttributeErrorType) {
				if changed {
					out = append(out, b)
				}
				continue
			}
			return Null, err
		}
		r, err := vm.call(m, []Value{NewTuple(orig...)}, nil)
		if err != nil {
			return Null, err
		}
		entries, ok := asTuple(r)
		if !ok {
			return Null, typeErrorf("__mro_entries__ must return a tuple")
		}
		if !changed {
			changed = true
			out = append(out, orig[:i]...)
		}
		out = append(out, entries.items...)
	}
	if !changed {
		return Null, nil
	}
	*bases = out
	return NewTuple(orig...), nil
}
