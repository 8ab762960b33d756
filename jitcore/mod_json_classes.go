package jitcore

// goClass creates a class implemented in Go that Python code can
// subclass like its own classes (instances are ordinary *Instance).
func goClass(name, module string) *Type {
	t := &Type{Name: name, QualName: name, Module: module, Dict: NewDict(), hasDict: true, base: ObjectType, Bases: []*Type{ObjectType}}
	t.MRO = []*Type{t, ObjectType}
	t.Dict.setStr("__module__", Str(module))
	return t
}

// json.JSONEncoder and json.JSONDecoder: their methods read the options
// from the instance's attributes, so subclasses may override default() or
// set attributes in their own __init__.
var (
	jsonEncoderClass = goClass("JSONEncoder", "json.encoder")
	jsonDecoderClass = goClass("JSONDecoder", "json.decoder")
)

func init() {
	t := jsonEncoderClass
	t.Dict.setStr("item_separator", Str(", "))
	t.Dict.setStr("key_separator", Str(": "))
	method(t, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"*"}, jsonEncoderOptions...)
		vals, err := parsePyArgs("JSONEncoder.__init__", args[1:], kw, names, 0)
		if err != nil {
			return Null, err
		}
		self := args[0]
		defaults := map[string]Value{"skipkeys": False, "ensure_ascii": True, "check_circular": True, "allow_nan": True, "sort_keys": False, "indent": None}
		for i, n := range jsonEncoderOptions {
			v := vals[i]
			switch n {
			case "separators":
				if !v.IsNull() && !v.IsNone() {
					items, err := vm.toSlice(v)
					if err != nil {
						return Null, err
					}
					if len(items) != 2 {
						return Null, newValueError("too many values to unpack (expected 2)")
					}
					if err := vm.setAttr(self, "item_separator", items[0]); err != nil {
						return Null, err
					}
					if err := vm.setAttr(self, "key_separator", items[1]); err != nil {
						return Null, err
					}
				} else if indent := vals[5]; !indent.IsNull() && !indent.IsNone() {
					if err := vm.setAttr(self, "item_separator", Str(",")); err != nil {
						return Null, err
					}
				}
				continue
			case "default":
				if !v.IsNull() && !v.IsNone() {
					if err := vm.setAttr(self, "default", v); err != nil {
						return Null, err
					}
				}
				continue
			}
			if v.IsNull() {
				v = defaults[n]
			}
			if err := vm.setAttr(self, n, v); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	method(t, "default", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("default", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return Null, jsonNotSerializable(args[1])
	})
	encode := func(vm *VM, args []Value, kw []string) (string, error) {
		if err := methodArgs("encode", args, kw, 1, 1); err != nil {
			return "", err
		}
		self := args[0]
		opts := map[string]Value{}
		for _, n := range []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"} {
			v, err := vm.getAttr(self, n)
			if err != nil {
				return "", err
			}
			opts[n] = v
		}
		is, err := vm.getAttr(self, "item_separator")
		if err != nil {
			return "", err
		}
		ks, err := vm.getAttr(self, "key_separator")
		if err != nil {
			return "", err
		}
		opts["separators"] = NewTuple(is, ks)
		e, err := newJSONEncoder(vm, opts)
		if err != nil {
			return "", err
		}
		if e.dflt, err = vm.getAttr(self, "default"); err != nil {
			return "", err
		}
		if err := e.encode(args[1], 0); err != nil {
			return "", err
		}
		return e.b.String(), nil
	}
	method(t, "encode", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := encode(vm, args, kw)
		if err != nil {
			return Null, err
		}
		return Str(s), nil
	})
	method(t, "iterencode", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := encode(vm, args[:min(len(args), 2)], nil)
		if err != nil {
			return Null, err
		}
		return Obj(sliceIter(listIterType, []Value{Str(s)})), nil
	})

	d := jsonDecoderClass
	method(d, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"*"}, jsonDecoderOptions...)
		vals, err := parsePyArgs("JSONDecoder.__init__", args[1:], kw, names, 0)
		if err != nil {
			return Null, err
		}
		for i, n := range jsonDecoderOptions {
			v := vals[i]
			if v.IsNull() {
				v = None
				if n == "strict" {
					v = True
				}
			}
			if err := vm.setAttr(args[0], n, v); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	decoderFor := func(vm *VM, self Value, text string) (*jsonDecoder, error) {
		opts := map[string]Value{}
		for _, n := range jsonDecoderOptions {
			v, err := vm.getAttr(self, n)
			if err != nil {
				return nil, err
			}
			opts[n] = v
		}
		return newJSONDecoder(vm, text, opts)
	}
	method(d, "decode", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("decode", args, kw, 1, 1); err != nil {
			return Null, err
		}
		text, err := jsonDocText(args[1])
		if err != nil {
			return Null, err
		}
		dec, err := decoderFor(vm, args[0], text)
		if err != nil {
			return Null, err
		}
		return dec.decodeAll()
	})
	method(d, "raw_decode", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("raw_decode", args[1:], kw, []string{"s", "idx"}, 1)
		if err != nil {
			return Null, err
		}
		text, ok := asStr(vals[0])
		if !ok {
			return Null, typeErrorf("first argument must be a string, not %s", vals[0].Type().tpName())
		}
		idx := 0
		if !vals[1].IsNull() {
			idx = int(intBase(vals[1]).n)
		}
		dec, err := decoderFor(vm, args[0], text)
		if err != nil {
			return Null, err
		}
		start := len(string([]rune(text)[:min(idx, len([]rune(text)))]))
		v, end, err := dec.value(start)
		if err != nil {
			if se, ok := err.(*jsonSyntaxError); ok {
				return Null, dec.pyError(se)
			}
			return Null, err
		}
		return NewTuple(v, Int(int64(len([]rune(text[:end]))))), nil
	})
}
