package jitcore

import "jitlens/jitcore/pystr"

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(vm *VM, args []Value, kw []string) (Value, error) {
	if err := exactArgs("maketrans", args, kw, 1, 3); err != nil {
		return Null, err
	}
	d := NewDict()
	if len(args) == 1 {
		m, ok := asDict(args[0])
		if !ok {
			return Null, typeErrorf("if you give only one argument to maketrans it must be a dict")
		}
		for _, e := range m.items() {
			k := e.key
			if s, ok := asStr(k); ok {
				rs := pystr.Runes(s)
				if len(rs) != 1 {
					return Null, newValueError("string keys in translate table must be of length 1")
				}
				k = Int(int64(rs[0]))
			} else if !k.isIntLike() {
				return Null, typeErrorf("keys in translate table must be strings or integers")
			}
			if err := d.Set(vm, k, e.val); err != nil {
				return Null, err
			}
		}
		return Obj(d), nil
	}
	strArg := func(i int) ([]rune, error) {
		s, ok := asStr(args[i])
		if !ok {
			return nil, typeErrorf("maketrans() argument %d must be str, not %s", i+1, args[i].Type().tpName())
		}
		return pystr.Runes(s), nil
	}
	a, err := strArg(0)
	if err != nil {
		return Null, err
	}
	b, err := strArg(1)
	if err != nil {
		return Null, err
	}
	if len(a) != len(b) {
		return Null, newValueError("the first two maketrans arguments must have equal length")
	}
	for i := range a {
		if err := d.Set(vm, Int(int64(a[i])), Int(int64(b[i]))); err != nil {
			return Null, err
		}
	}
	if len(args) == 3 {
		z, err := strArg(2)
		if err != nil {
			return Null, err
		}
		for _, r := range z {
			if err := d.Set(vm, Int(int64(r)), None); err != nil {
				return Null, err
			}
		}
	}
	return Obj(d), nil
}

// strTranslate is str.translate(table): table[ord(c)] gives a str, a code
// point or None (delete); a LookupError keeps the character.
func strTranslate(vm *VM, args []Value, kw []string) (Value, error) {
	if err := methodArgs("translate", args, kw, 1, 1); err != nil {
		return Null, err
	}
	s, _ := asStr(args[0])
	out := make([]byte, 0, len(s))
	for _, r := range pystr.Runes(s) {
		v, err := vm.getItem(args[1], Int(int64(r)))
		if err != nil {
			if isExc(err, LookupErrorType) {
				out = pystr.AppendRune(out, r)
				continue
			}
			return Null, err
		}
		switch {
		case v.IsNone():
		case v.isIntLike():
			n := intBase(v)
			if n.k != kInt || n.n < 0 || n.n > 0x10FFFF {
				return Null, newValueError("character mapping must be in range(0x110000)")
			}
			out = pystr.AppendRune(out, rune(n.n))
		default:
			t, ok := asStr(v)
			if !ok {
				return Null, typeErrorf("character mapping must return integer, None or str")
			}
			out = append(out, t...)
		}
	}
	return Str(string(out)), nil
}
