package jitcore

import bc "jitlens/jitcore/bytecode"

// selfMatchTypes match a single positional sub-pattern against the subject
// itself.
func selfMatching(t *Type) bool {
	switch t {
	case BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType:
		return true
	}
	return false
}

func isMatchSequence(v Value) bool {
	u := unwrapBuiltin(v)
	if u.k != kObj {
		return false
	}
	switch u.o.(type) {
	case *List, *Tuple, *Range:
		return true
	}
	return false
}

// matchOp implements the pattern-matching instructions.
func (vm *VM) matchOp(in bc.Instr, s []Value, sp int) (int, error) {
	switch in.Op {
	case bc.MATCH_SEQUENCE:
		s[sp] = Bool(isMatchSequence(s[sp-1]))
		return sp + 1, nil
	case bc.MATCH_MAPPING:
		_, ok := asDict(s[sp-1])
		s[sp] = Bool(ok)
		return sp + 1, nil
	case bc.MATCH_KEYS:
		subj, keys := s[sp-2], s[sp-1].o.(*Tuple)
		d, _ := asDict(subj)
		vals := make([]Value, len(keys.items))
		seen := NewSet()
		for i, k := range keys.items {
			dup, err := seen.contains(vm, k)
			if err != nil {
				return sp, err
			}
			if dup {
				r, _ := vm.repr(k)
				return sp, newValueError("mapping pattern checks duplicate key (" + r + ")")
			}
			seen.add(vm, k)
			v, ok, err := d.Get(vm, k)
			if err != nil {
				return sp, err
			}
			if !ok {
				if m, has := userMethod(subj, "__missing__"); has && false {
					_ = m
				}
				s[sp] = None
				return sp + 1, nil
			}
			vals[i] = v
		}
		s[sp] = NewTuple(vals...)
		return sp + 1, nil
	case bc.COPY_DICT_WITHOUT_KEYS:
		d, _ := asDict(s[sp-2])
		rest := d.copy()
		for _, k := range s[sp-1].o.(*Tuple).items {
			if _, _, err := rest.Delete(vm, k); err != nil {
				return sp, err
			}
		}
		s[sp-1] = Obj(rest)
		return sp, nil
	case bc.MATCH_CLASS:
		subj, clsv, names := s[sp-3], s[sp-2], s[sp-1].o.(*Tuple)
		s[sp-1], s[sp-2] = Null, Null
		sp -= 2
		cls, ok := clsv.o.(*Type)
		if !ok || clsv.k != kObj {
			return sp, typeErrorf("called match pattern must be a class")
		}
		if !subj.Type().isSubtype(cls) {
			s[sp-1] = None
			return sp, nil
		}
		npos := int(in.Arg)
		var attrs []Value
		if npos > 0 {
			ma, hasMA := cls.lookup("__match_args__")
			if !hasMA {
				if selfMatching(cls.base) || selfMatching(cls) {
					if npos > 1 {
						return sp, typeErrorf("%s() accepts 1 positional sub-pattern (%d given)", cls.Name, npos)
					}
					attrs = append(attrs, subj)
				} else {
					return sp, typeErrorf("%s() accepts 0 positional sub-patterns (%d given)", cls.Name, npos)
				}
			} else {
				mt, ok := asTuple(ma)
				if !ok {
					return sp, typeErrorf("%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.Type().tpName())
				}
				if npos > len(mt.items) {
					return sp, typeErrorf("%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(mt.items), plural(len(mt.items), "", "s"), npos)
				}
				for _, nm := range mt.items[:npos] {
					name, _ := asStr(nm)
					v, err := vm.getAttr(subj, name)
					if err != nil {
						if isExc(err, AttributeErrorType) {
							s[sp-1] = None
							return sp, nil
						}
						return sp, err
					}
					attrs = append(attrs, v)
				}
			}
		}
		for _, nm := range names.items {
			name, _ := asStr(nm)
			v, err := vm.getAttr(subj, name)
			if err != nil {
				if isExc(err, AttributeErrorType) {
					s[sp-1] = None
					return sp, nil
				}
				return sp, err
			}
			attrs = append(attrs, v)
		}
		s[sp-1] = NewTuple(attrs...)
		return sp, nil
	}
	return sp, newExcf(SystemErrorType, "unknown opcode %v", in.Op)
}
