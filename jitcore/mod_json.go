package jitcore

import "strings"

func init() { registerModule("json", &nativeModule{setup: setupJSONModule}) }

// jsonEncoderOptions are the keyword options of dumps and JSONEncoder.
var jsonEncoderOptions = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}

// jsonDecoderOptions are the keyword options of loads and JSONDecoder.
var jsonDecoderOptions = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}

// setupJSONModule fills the `json` module.
func setupJSONModule(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) { d.setStr(name, Obj(newBuiltin(name, fn))) }
	d.setStr("JSONDecodeError", Obj(jsonDecodeErrorType))
	d.setStr("JSONEncoder", Obj(jsonEncoderClass))
	d.setStr("JSONDecoder", Obj(jsonDecoderClass))

	def("dumps", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"obj", "*", "cls"}, jsonEncoderOptions...)
		vals, err := parsePyArgs("dumps", args, kw, names, 1)
		if err != nil {
			return Null, err
		}
		return jsonDumps(vm, vals[0], vals[1], optionMap(names[3:], vals[2:]))
	})
	def("dump", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"obj", "fp", "*", "cls"}, jsonEncoderOptions...)
		vals, err := parsePyArgs("dump", args, kw, names, 2)
		if err != nil {
			return Null, err
		}
		text, err := jsonDumps(vm, vals[0], vals[2], optionMap(names[4:], vals[3:]))
		if err != nil {
			return Null, err
		}
		write, err := vm.getAttr(vals[1], "write")
		if err != nil {
			return Null, err
		}
		_, err = vm.call(write, []Value{text}, nil)
		return None, err
	})
	def("loads", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"s", "*", "cls"}, jsonDecoderOptions...)
		vals, err := parsePyArgs("loads", args, kw, names, 1)
		if err != nil {
			return Null, err
		}
		return jsonLoads(vm, vals[0], vals[1], optionMap(names[3:], vals[2:]))
	})
	def("load", func(vm *VM, args []Value, kw []string) (Value, error) {
		names := append([]string{"fp", "*", "cls"}, jsonDecoderOptions...)
		vals, err := parsePyArgs("load", args, kw, names, 1)
		if err != nil {
			return Null, err
		}
		read, err := vm.getAttr(vals[0], "read")
		if err != nil {
			return Null, err
		}
		text, err := vm.call(read, nil, nil)
		if err != nil {
			return Null, err
		}
		return jsonLoads(vm, text, vals[1], optionMap(names[3:], vals[2:]))
	})
	return nil
}

// optionMap pairs option names with the values given (absent ones left
// out).
func optionMap(names []string, vals []Value) map[string]Value {
	m := map[string]Value{}
	for i, n := range names {
		if !vals[i].IsNull() {
			m[n] = vals[i]
		}
	}
	return m
}

func jsonDumps(vm *VM, obj, cls Value, opts map[string]Value) (Value, error) {
	if !cls.IsNull() && !cls.IsNone() && !(cls.k == kObj && cls.o == jsonEncoderClass) {
		names, vals := kwArgs(opts)
		enc, err := vm.call(cls, vals, names)
		if err != nil {
			return Null, err
		}
		encode, err := vm.getAttr(enc, "encode")
		if err != nil {
			return Null, err
		}
		return vm.call(encode, []Value{obj}, nil)
	}
	e, err := newJSONEncoder(vm, opts)
	if err != nil {
		return Null, err
	}
	if err := e.encode(obj, 0); err != nil {
		return Null, err
	}
	return Str(e.b.String()), nil
}

// kwArgs turns an option map into keyword arguments for a call.
func kwArgs(opts map[string]Value) ([]string, []Value) {
	var names []string
	var vals []Value
	for _, n := range append(append([]string(nil), jsonEncoderOptions...), jsonDecoderOptions...) {
		if v, ok := opts[n]; ok {
			names = append(names, n)
			vals = append(vals, v)
		}
	}
	return names, vals
}

func jsonDocText(s Value) (string, error) {
	if t, ok := asStr(s); ok {
		return t, nil
	}
	if b, ok := s.o.(*Bytes); ok && s.k == kObj {
		t := string(b.b)
		t = strings.TrimPrefix(t, "\ufeff")
		return t, nil
	}
	return "", typeErrorf("the JSON object must be str, bytes or bytearray, not %s", s.Type().tpName())
}

func jsonLoads(vm *VM, s, cls Value, opts map[string]Value) (Value, error) {
	text, err := jsonDocText(s)
	if err != nil {
		return Null, err
	}
	if !cls.IsNull() && !cls.IsNone() && !(cls.k == kObj && cls.o == jsonDecoderClass) {
		names, vals := kwArgs(opts)
		dec, err := vm.call(cls, vals, names)
		if err != nil {
			return Null, err
		}
		decode, err := vm.getAttr(dec, "decode")
		if err != nil {
			return Null, err
		}
		return vm.call(decode, []Value{Str(text)}, nil)
	}
	d, err := newJSONDecoder(vm, text, opts)
	if err != nil {
		return Null, err
	}
	return d.decodeAll()
}

func newJSONDecoder(vm *VM, text string, opts map[string]Value) (*jsonDecoder, error) {
	d := &jsonDecoder{vm: vm, s: text, doc: Str(text), strict: true}
	get := func(n string) Value {
		if v, ok := opts[n]; ok && !v.IsNone() {
			return v
		}
		return Null
	}
	d.objectHook, d.pairsHook = get("object_hook"), get("object_pairs_hook")
	d.parseFloat, d.parseInt, d.parseConst = get("parse_float"), get("parse_int"), get("parse_constant")
	if v := get("strict"); !v.IsNull() {
		t, err := vm.truth(v)
		if err != nil {
			return nil, err
		}
		d.strict = t
	}
	return d, nil
}
