package jitcore

import "strings"

func init() { registerModule("re", &nativeModule{setup: setupReModule}) }

// setupReModule fills the `re` module: Python's pattern syntax translated
// to Go's regexp (RE2); constructs RE2 cannot express raise re.error.
func setupReModule(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) {
		b := newBuiltin(name, fn)
		b.qual = name
		d.setStr(name, Obj(b))
	}
	for _, f := range []struct {
		names []string
		bit   int
	}{
		{[]string{"A", "ASCII"}, reASCII}, {[]string{"I", "IGNORECASE"}, reIgnoreCase},
		{[]string{"L", "LOCALE"}, reLocale}, {[]string{"M", "MULTILINE"}, reMultiline},
		{[]string{"S", "DOTALL"}, reDotAll}, {[]string{"U", "UNICODE"}, reUnicode},
		{[]string{"X", "VERBOSE"}, reVerbose}, {[]string{"T", "TEMPLATE"}, reFlagTemplate},
		{[]string{"DEBUG"}, reDebug}, {[]string{"NOFLAG"}, 0},
	} {
		for _, n := range f.names {
			d.setStr(n, reFlagValue(f.bit))
		}
	}
	d.setStr("RegexFlag", Obj(reRegexFlagType))
	d.setStr("error", Obj(reErrorType))
	d.setStr("Pattern", Obj(rePatternType))
	d.setStr("Match", Obj(reMatchType))

	def("compile", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("compile", args, kw, []string{"pattern", "flags"}, 1)
		if err != nil {
			return Null, err
		}
		p, err := compileRe(vals[0], vals[1])
		if err != nil {
			return Null, err
		}
		return Obj(p), nil
	})
	for _, k := range []struct {
		name string
		kind int
	}{{"search", reSearch}, {"match", reMatch}, {"fullmatch", reFull}} {
		k := k
		def(k.name, func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parsePyArgs(k.name, args, kw, []string{"pattern", "string", "flags"}, 2)
			if err != nil {
				return Null, err
			}
			p, err := compileRe(vals[0], vals[2])
			if err != nil {
				return Null, err
			}
			return p.run(vals[1], Null, Null, k.kind)
		})
	}
	def("findall", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("findall", args, kw, []string{"pattern", "string", "flags"}, 2)
		if err != nil {
			return Null, err
		}
		p, err := compileRe(vals[0], vals[2])
		if err != nil {
			return Null, err
		}
		return p.findall(vals[1], Null, Null)
	})
	def("finditer", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("finditer", args, kw, []string{"pattern", "string", "flags"}, 2)
		if err != nil {
			return Null, err
		}
		p, err := compileRe(vals[0], vals[2])
		if err != nil {
			return Null, err
		}
		return p.finditer(vals[1], Null, Null)
	})
	subFn := func(name string, withCount bool) builtinFn {
		return func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parsePyArgs(name, args, kw, []string{"pattern", "repl", "string", "count", "flags"}, 3)
			if err != nil {
				return Null, err
			}
			p, err := compileRe(vals[0], vals[4])
			if err != nil {
				return Null, err
			}
			r, n, err := p.sub(vm, vals[1], vals[2], vals[3])
			if err != nil || !withCount {
				return r, err
			}
			return NewTuple(r, Int(int64(n))), nil
		}
	}
	def("sub", subFn("sub", false))
	def("subn", subFn("subn", true))
	def("split", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("split", args, kw, []string{"pattern", "string", "maxsplit", "flags"}, 2)
		if err != nil {
			return Null, err
		}
		p, err := compileRe(vals[0], vals[3])
		if err != nil {
			return Null, err
		}
		return p.split(vals[1], vals[2])
	})
	def("escape", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parsePyArgs("escape", args, kw, []string{"pattern"}, 1)
		if err != nil {
			return Null, err
		}
		if s, ok := asStr(vals[0]); ok {
			return Str(reEscape(s)), nil
		}
		if b, ok := vals[0].o.(*Bytes); ok && vals[0].k == kObj {
			return Obj(&Bytes{b: latin1Encode(reEscape(latin1Decode(b.b)))}), nil
		}
		return Null, typeErrorf("expected str or bytes, got %s", vals[0].Type().tpName())
	})
	def("purge", func(vm *VM, args []Value, kw []string) (Value, error) {
		reProgramsMu.Lock()
		rePrograms = map[string]*reProgram{}
		reProgramsMu.Unlock()
		return None, nil
	})
	return nil
}

// reEscape escapes the characters that are special in a pattern, as
// re.escape does since Python 3.7.
func reEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
