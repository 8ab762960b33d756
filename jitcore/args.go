package jitcore

// builtinFn is the signature of every function implemented in Go: args
// holds the positional arguments followed by the values of the keyword
// arguments named by kw.
type builtinFn = func(vm *VM, args []Value, kw []string) (Value, error)

func newBuiltin(name string, fn builtinFn) *Builtin { return &Builtin{name: name, fn: fn} }

// method registers a built-in method on t; args[0] is self.
func method(t *Type, name string, fn builtinFn) *Builtin {
	b := &Builtin{name: name, fn: fn, qual: t.Name + "." + name, descr: true, owner: t}
	t.Dict.setStr(name, Obj(b))
	return b
}

// argParser splits positional and keyword arguments by parameter names.
type argParser struct {
	fname string
	vals  []Value
}

// parseArgs binds args to names the way CPython's Argument Clinic does for
// functions and methods written in C (_PyArg_UnpackKeywords): names before
// a "/" entry are positional-only, names after a "*" entry keyword-only;
// required is the number of leading required parameters. Its errors are
// C's wording ("'x' is an invalid keyword argument for split()");
// functions CPython writes in Python use parsePyArgs instead.
func parseArgs(fname string, args []Value, kw []string, names []string, required int) ([]Value, error) {
	npos := len(args) - len(kw)
	clean, posonly, maxpos := splitParamMarkers(names)
	out := make([]Value, len(clean))
	if total := len(args); total > len(clean) {
		what := ""
		if npos == 0 {
			what = "keyword "
		}
		return nil, typeErrorf("%s() takes at most %d %sargument%s (%d given)", fname, len(clean), what, plural(len(clean), "", "s"), total)
	}
	if npos > maxpos {
		if maxpos == 0 {
			return nil, typeErrorf("%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if required < maxpos {
			how = "at most"
		}
		return nil, typeErrorf("%s() takes %s %d positional argument%s (%d given)", fname, how, maxpos, plural(maxpos, "", "s"), npos)
	}
	if minposonly := min(posonly, required); npos < minposonly {
		how := "exactly"
		if minposonly < maxpos {
			how = "at least"
		}
		return nil, typeErrorf("%s() takes %s %d positional argument%s (%d given)", fname, how, minposonly, plural(minposonly, "", "s"), npos)
	}
	copy(out, args[:npos])
	left := len(kw)
	for i := max(npos, posonly); i < len(clean); i++ {
		if left > 0 {
			for j, k := range kw {
				if k == clean[i] {
					out[i] = args[npos+j]
					left--
					break
				}
			}
		}
		if out[i].k == kNull && i < required {
			return nil, typeErrorf("%s() missing required argument '%s' (pos %d)", fname, clean[i], i+1)
		}
	}
	if left > 0 {
		// a keyword names a parameter already given by position, or none
		for i := posonly; i < npos; i++ {
			for _, k := range kw {
				if k == clean[i] {
					return nil, typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
			}
		}
		for _, k := range kw {
			if indexOfName(clean[posonly:], k) < 0 {
				return nil, typeErrorf("'%s' is an invalid keyword argument for %s()", k, fname)
			}
		}
	}
	return out, nil
}

// splitParamMarkers drops the "/" and "*" markers from names and returns
// the parameter names, how many are positional-only and how many may be
// passed by position.
func splitParamMarkers(names []string) (clean []string, posonly, maxpos int) {
	marked := false
	for _, n := range names {
		marked = marked || n == "/" || n == "*"
	}
	if !marked { // the common case: no copy
		return names, 0, len(names)
	}
	clean = make([]string, 0, len(names))
	maxpos = -1
	for _, n := range names {
		switch n {
		case "/":
			posonly = len(clean)
		case "*":
			maxpos = len(clean)
		default:
			clean = append(clean, n)
		}
	}
	if maxpos < 0 {
		maxpos = len(clean)
	}
	return clean, posonly, maxpos
}

func indexOfName(names []string, k string) int {
	for i, n := range names {
		if n == k {
			return i
		}
	}
	return -1
}

// parsePyArgs binds args to names for library functions that CPython
// writes in Python (re.match, json.dumps, os.path.relpath...), whose
// argument errors read like a def's: "got an unexpected keyword argument".
func parsePyArgs(fname string, args []Value, kw []string, names []string, required int) ([]Value, error) {
	npos := len(args) - len(kw)
	clean, _, kwOnlyFrom := splitParamMarkers(names)
	out := make([]Value, len(clean))
	if npos > kwOnlyFrom {
		if kwOnlyFrom == 1 {
			return nil, typeErrorf("%s() takes exactly one argument (%d given)", fname, npos)
		}
		return nil, typeErrorf("%s() takes at most %d arguments (%d given)", fname, kwOnlyFrom, npos)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		j := indexOfName(clean, k)
		if j < 0 {
			return nil, typeErrorf("%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if out[j].k != kNull {
			return nil, typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
		}
		out[j] = args[npos+i]
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
