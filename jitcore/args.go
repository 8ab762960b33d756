package jitcore

// builtinFn is the signature of every function implemented in Go: args
// holds the positional arguments followed by the values of the keyword
// arguments named by kw.
type builtinFn = func(vm *VM, args []Value, kw []string) (Value, error)

func newBuiltin(name string, fn builtinFn) *Builtin { return &Builtin{name: name, fn: fn} }

// method registers a built-in method on t; args[0] is self.
func method(t *Type, name string, fn builtinFn) *Builtin {
	b := &Builtin{name: name, fn: fn, qual: t.Name + "." + name, descr: true}
	t.Dict.setStr(name, Obj(b))
	return b
}

// argParser splits positional and keyword arguments by parameter names.
type argParser struct {
	fname string
	vals  []Value
}

// parseArgs binds args to names; names after a "*" entry are keyword-only;
// required is the number of leading required parameters.
func parseArgs(fname string, args []Value, kw []string, names []string, required int) ([]Value, error) {
	npos := len(args) - len(kw)
	out := make([]Value, len(names))
	kwOnlyFrom := len(names)
	clean := names
	for i, n := range names {
		if n == "*" {
			kwOnlyFrom = i
			clean = append(append([]string(nil), names[:i]...), names[i+1:]...)
			out = out[:len(clean)]
			break
		}
	}
	if npos > kwOnlyFrom {
		if kwOnlyFrom == 1 {
			return nil, typeErrorf("%s() takes exactly one argument (%d given)", fname, npos)
		}
		return nil, typeErrorf("%s() takes at most %d arguments (%d given)", fname, kwOnlyFrom, npos)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		found := false
		for j, n := range clean {
			if n == k {
				if out[j].k != kNull {
					return nil, typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, typeErrorf("%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i].k == kNull {
			if required == 1 && len(clean) == 1 {
				return nil, typeErrorf("%s() takes exactly one argument (0 given)", fname)
			}
			return nil, typeErrorf("%s() missing required argument '%s' (pos %d)", fname, clean[i], i+1)
		}
	}
	return out, nil
}

func noKw(fname string, kw []string) error {
	if len(kw) > 0 {
		return typeErrorf("%s() takes no keyword arguments", fname)
	}
	return nil
}

// exactArgs checks the positional count of a method or function.
func exactArgs(fname string, args []Value, kw []string, min, max int) error {
	if err := noKw(fname, kw); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		switch min {
		case 0:
			return typeErrorf("%s() takes no arguments (%d given)", fname, n)
		case 1:
			return typeErrorf("%s() takes exactly one argument (%d given)", fname, n)
		}
		return typeErrorf("%s expected %d arguments, got %d", fname, min, n)
	}
	if n < min {
		return typeErrorf("%s expected at least %d argument%s, got %d", fname, min, plural(min, "", "s"), n)
	}
	return typeErrorf("%s expected at most %d argument%s, got %d", fname, max, plural(max, "", "s"), n)
}

// methodArgs checks a method's argument count (self excluded).
func methodArgs(fname string, args []Value, kw []string, min, max int) error {
	return exactArgs(fname, args[1:], kw, min, max)
}
