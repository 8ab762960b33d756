package jitcore

import (
	"math"
	"strings"

	"jitlens/jitcore/pystr"
)

func selfStr(args []Value) string {
	s, _ := asStr(args[0])
	return s
}

// optIndex reads optional start/end arguments of str search methods.
func (vm *VM) optRange(args []Value, from int) (int, int, error) {
	start, end := 0, math.MaxInt
	if len(args) > from && !args[from].IsNone() {
		i, err := vm.sliceInt(args[from])
		if err != nil {
			return 0, 0, err
		}
		start = i
	}
	if len(args) > from+1 && !args[from+1].IsNone() {
		i, err := vm.sliceInt(args[from+1])
		if err != nil {
			return 0, 0, err
		}
		end = i
	}
	return start, end, nil
}

func strArg(fname string, v Value, pos int) (string, error) {
	s, ok := asStr(v)
	if !ok {
		return "", typeErrorf("%s arg %d must be str, not %s", fname, pos, v.Type().tpName())
	}
	return s, nil
}

func strList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Str(p)
	}
	return NewList(items)
}

func setupStrMethods() {
	st := StrType
	// the case mappings: ASCII text maps to ASCII text (str_fast.go)
	simple := func(name string, fn func(*strObj) string) {
		fname := "str." + name
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(fname, args, kw, 0, 0); err != nil {
				return Null, err
			}
			src, err := strSelf(args, name)
			if err != nil {
				return Null, err
			}
			return caseMapped(src, fn(src)), nil
		})
	}
	onText := func(fn func(string) string) func(*strObj) string {
		return func(o *strObj) string { return fn(o.s) }
	}
	simple("upper", upperASCII)
	simple("lower", lowerASCII)
	simple("casefold", onText(pystr.CaseFold))
	simple("swapcase", onText(pystr.SwapCase))
	simple("capitalize", onText(pystr.Capitalize))
	simple("title", onText(pystr.Title))
	pred := func(name string, fn func(string) bool) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			return Bool(fn(selfStr(args))), nil
		})
	}
	pred("isalpha", pystr.IsAlpha)
	pred("isdigit", pystr.IsDigit)
	pred("isdecimal", pystr.IsDecimal)
	pred("isnumeric", pystr.IsNumeric)
	pred("isalnum", pystr.IsAlnum)
	pred("isspace", pystr.IsSpace)
	pred("isupper", pystr.IsUpper)
	pred("islower", pystr.IsLower)
	pred("istitle", pystr.IsTitle)
	pred("isidentifier", pystr.IsIdentifier)
	pred("isprintable", pystr.IsPrintable)
	pred("isascii", pystr.IsASCII)
	strip := func(name string, chars func(s, c string) string, space func(string) string) {
		fname := "str." + name
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(fname, args, kw, 0, 1); err != nil {
				return Null, err
			}
			src, err := strSelf(args, name)
			if err != nil {
				return Null, err
			}
			if len(args) == 1 || args[1].IsNone() {
				return strResult(args[0], src, space(src.s)), nil
			}
			c, ok := asStr(args[1])
			if !ok {
				return Null, typeErrorf("%s arg must be None or str", name)
			}
			return strResult(args[0], src, chars(src.s, c)), nil
		})
	}
	strip("strip", pystr.Strip, pystr.StripSpace)
	strip("lstrip", pystr.LStrip, pystr.LStripSpace)
	strip("rstrip", pystr.RStrip, pystr.RStripSpace)
	split := func(name string, sepFn func(s, sep string, n int) ([]string, error), wsFn func(string, int) []string) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			var vals []Value
			if len(kw) == 0 && len(args) <= 2 { // s.split() and s.split(sep): no argument binding
				vals = []Value{Null, Null}
				if len(args) == 2 {
					vals[0] = args[1]
				}
			} else {
				var err error
				if vals, err = parseArgs(name, args[1:], kw, []string{"sep", "maxsplit"}, 0); err != nil {
					return Null, err
				}
			}
			max := -1
			if vals[1].k != kNull {
				n, err := vm.index(vals[1], "'"+vals[1].Type().tpName()+"' object cannot be interpreted as an integer")
				if err != nil {
					return Null, err
				}
				max = int(n)
			}
			src, err := strSelf(args, name)
			if err != nil {
				return Null, err
			}
			s := src.s
			exact := exactStr(args[0]) != nil
			if vals[0].k == kNull || vals[0].IsNone() {
				return strPieces(src, exact, wsFn(s, max)), nil
			}
			sep, ok := asStr(vals[0])
			if !ok {
				return Null, typeErrorf("must be str or None, not %s", vals[0].Type().tpName())
			}
			parts, err := sepFn(s, sep, max)
			if err != nil {
				return Null, toException(err)
			}
			return strPieces(src, exact, parts), nil
		})
	}
	split("split", pystr.Split, pystr.SplitWhitespace)
	split("rsplit", pystr.RSplit, pystr.RSplitWhitespace)
	method(st, "splitlines", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0)
		if err != nil {
			return Null, err
		}
		keep := false
		if vals[0].k != kNull {
			keep, _ = vm.truth(vals[0])
		}
		return strList(pystr.SplitLines(selfStr(args), keep)), nil
	})
	method(st, "join", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("str.join", args, kw, 1, 1); err != nil {
			return Null, err
		}
		self, err := strSelf(args, "join")
		if err != nil {
			return Null, err
		}
		switch c := args[1].o.(type) { // str_fast.go
		case *List:
			return joinSeq(self, c.values())
		case *Tuple:
			return joinSeq(self, c.items)
		}
		sep := self.s
		var sb strings.Builder
		i := 0
		err = vm.iterate(args[1], func(v Value) error {
			s, ok := asStr(v)
			if !ok {
				return typeErrorf("sequence item %d: expected str instance, %s found", i, v.Type().tpName())
			}
			if i > 0 {
				sb.WriteString(sep)
			}
			sb.WriteString(s)
			i++
			return nil
		})
		if err != nil {
			if isExc(err, TypeErrorType) && !vm.isIterable(args[1]) {
				return Null, typeErrorf("can only join an iterable")
			}
			return Null, err
		}
		return Str(sb.String()), nil
	})
	find := func(name string, fn func(s, sub string, a, b int) int, raise bool) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 1, 3); err != nil {
				return Null, err
			}
			sub, ok := asStr(args[1])
			if !ok {
				return Null, typeErrorf("must be str, not %s", args[1].Type().tpName())
			}
			a, b, err := vm.optRange(args, 2)
			if err != nil {
				return Null, err
			}
			i := fn(selfStr(args), sub, a, b)
			if i < 0 && raise {
				return Null, newValueError("substring not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", pystr.Find, false)
	find("rfind", pystr.RFind, false)
	find("index", pystr.Find, true)
	find("rindex", pystr.RFind, true)
	method(st, "count", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("count", args, kw, 1, 3); err != nil {
			return Null, err
		}
		sub, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("must be str, not %s", args[1].Type().tpName())
		}
		a, b, err := vm.optRange(args, 2)
		if err != nil {
			return Null, err
		}
		return Int(int64(pystr.Count(selfStr(args), sub, a, b))), nil
	})
	affix := func(name string, fn func(s, p string, a, b int) bool) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 1, 3); err != nil {
				return Null, err
			}
			a, b, err := vm.optRange(args, 2)
			if err != nil {
				return Null, err
			}
			s := selfStr(args)
			if t, ok := asTuple(args[1]); ok {
				for _, x := range t.items {
					p, ok := asStr(x)
					if !ok {
						return Null, typeErrorf("tuple for %s must only contain str, not %s", name, x.Type().tpName())
					}
					if fn(s, p, a, b) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := asStr(args[1])
			if !ok {
				return Null, typeErrorf("%s first arg must be str or a tuple of str, not %s", name, args[1].Type().tpName())
			}
			return Bool(fn(s, p, a, b)), nil
		})
	}
	affix("startswith", pystr.StartsWith)
	affix("endswith", pystr.EndsWith)
	method(st, "replace", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("replace", args, kw, 2, 3); err != nil {
			return Null, err
		}
		old, err := strArg("replace()", args[1], 1)
		if err != nil {
			return Null, err
		}
		nw, err := strArg("replace()", args[2], 2)
		if err != nil {
			return Null, err
		}
		count := -1
		if len(args) == 4 {
			n, err := vm.index(args[3], "'"+args[3].Type().tpName()+"' object cannot be interpreted as an integer")
			if err != nil {
				return Null, err
			}
			count = int(n)
		}
		return Str(pystr.Replace(selfStr(args), old, nw, count)), nil
	})
	part := func(name string, fn func(s, sep string) (string, string, string, error)) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			sep, ok := asStr(args[1])
			if !ok {
				return Null, typeErrorf("must be str, not %s", args[1].Type().tpName())
			}
			a, b, c, err := fn(selfStr(args), sep)
			if err != nil {
				return Null, toException(err)
			}
			return NewTuple(Str(a), Str(b), Str(c)), nil
		})
	}
	part("partition", pystr.Partition)
	part("rpartition", pystr.RPartition)
	pad := func(name string, fn func(s string, w int, fill rune) string) {
		method(st, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 1, 2); err != nil {
				return Null, err
			}
			w, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
			if err != nil {
				return Null, err
			}
			fill := ' '
			if len(args) == 3 {
				f := strObjOf(args[2])
				if f == nil || f.length() != 1 {
					return Null, typeErrorf("The fill character must be exactly one character long")
				}
				fill = f.codepoints()[0]
			}
			return Str(fn(selfStr(args), int(w), fill)), nil
		})
	}
	pad("center", pystr.Center)
	pad("ljust", pystr.LJust)
	pad("rjust", pystr.RJust)
	method(st, "zfill", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("zfill", args, kw, 1, 1); err != nil {
			return Null, err
		}
		w, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		return Str(pystr.ZFill(selfStr(args), int(w))), nil
	})
	method(st, "expandtabs", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("expandtabs", args[1:], kw, []string{"tabsize"}, 0)
		if err != nil {
			return Null, err
		}
		n := int64(8)
		if vals[0].k != kNull {
			n = intBase(vals[0]).n
		}
		return Str(pystr.ExpandTabs(selfStr(args), int(n))), nil
	})
	method(st, "removeprefix", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, _ := asStr(args[1])
		return Str(strings.TrimPrefix(selfStr(args), p)), nil
	})
	method(st, "removesuffix", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, _ := asStr(args[1])
		return Str(pystr.RemoveSuffix(selfStr(args), p)), nil
	})
	method(st, "encode", strEncode)
	method(st, "format", func(vm *VM, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		kwd := NewDict()
		for i, k := range kw {
			kwd.setStr(k, args[npos+i])
		}
		s, err := vm.strFormat(selfStr(args), args[1:npos], Obj(kwd), 0, &pystr.AutoNumber{})
		return Str(s), err
	})
	method(st, "format_map", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.strFormat(selfStr(args), nil, args[1], 0, &pystr.AutoNumber{})
		return Str(s), err
	})
	method(st, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(int64(strObjOf(args[0]).length())), nil
	})
	method(st, "__contains__", func(vm *VM, args []Value, kw []string) (Value, error) {
		r, err := vm.contains(args[0], args[1])
		return Bool(r), err
	})
	method(st, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.getItem(unwrapBuiltin(args[0]), args[1])
	})
	method(st, "__add__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.binaryOp(0, unwrapBuiltin(args[0]), args[1])
	})
	method(st, "__mod__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.binaryOp(5, unwrapBuiltin(args[0]), args[1])
	})
	method(st, "__mul__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.binaryOp(2, unwrapBuiltin(args[0]), args[1])
	})
	method(st, "__str__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(selfStr(args)), nil
	})
	method(st, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(pystr.Repr(selfStr(args))), nil
	})
	method(st, "__hash__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(strObjOf(args[0]).hashValue()), nil
	})
	method(st, "__eq__", func(vm *VM, args []Value, kw []string) (Value, error) {
		b, ok := asStr(args[1])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(selfStr(args) == b), nil
	})
	method(st, "__lt__", func(vm *VM, args []Value, kw []string) (Value, error) {
		b, ok := asStr(args[1])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(selfStr(args) < b), nil
	})
	method(st, "__format__", func(vm *VM, args []Value, kw []string) (Value, error) {
		spec, _ := asStr(args[1])
		s, err := vm.format(Str(selfStr(args)), spec)
		return Str(s), err
	})
	method(st, "maketrans", strMaketrans)
	if v, ok := st.Dict.getStr("maketrans"); ok {
		st.Dict.setStr("maketrans", Obj(&StaticMethod{v}))
	}
	method(st, "translate", strTranslate)
}

// strFormat implements str.format.
func (vm *VM) strFormat(tmpl string, args []Value, kwargs Value, depth int, auto *pystr.AutoNumber) (string, error) {
	if depth >= pystr.MaxTemplateDepth {
		return "", toException(pystr.ErrRecursion)
	}
	p := pystr.NewTemplateParser(tmpl)
	var sb strings.Builder
	for {
		c, ok, err := p.Next()
		if err != nil {
			return "", toException(err)
		}
		if !ok {
			break
		}
		sb.WriteString(c.Literal)
		if !c.HasField {
			continue
		}
		fn, err := pystr.SplitFieldName(c.Name, auto)
		if err != nil {
			return "", toException(err)
		}
		var v Value
		if fn.Index >= 0 {
			if fn.Index >= len(args) {
				return "", newIndexError(sprintf("Replacement index %d out of range for positional args tuple", fn.Index))
			}
			v = args[fn.Index]
		} else {
			r, err := vm.getItem(kwargs, Str(fn.Key))
			if err != nil {
				if isExc(err, KeyErrorType) {
					return "", newKeyError(Str(fn.Key))
				}
				return "", err
			}
			v = r
		}
		for {
			a, ok, err := fn.Next()
			if err != nil {
				return "", toException(err)
			}
			if !ok {
				break
			}
			if a.IsAttr {
				if v, err = vm.getAttr(v, a.Name); err != nil {
					return "", err
				}
			} else {
				key := Str(a.Name)
				if a.Index >= 0 {
					key = Int(int64(a.Index))
				}
				if v, err = vm.getItem(v, key); err != nil {
					return "", err
				}
			}
		}
		if err := pystr.CheckConversion(c.Conversion); err != nil {
			return "", toException(err)
		}
		switch c.Conversion {
		case 'r':
			s, err := vm.repr(v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 's':
			s, err := vm.str(v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 'a':
			s, err := vm.ascii(v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		}
		spec := c.Spec
		if c.SpecHasFields {
			if spec, err = vm.strFormat(spec, args, kwargs, depth+1, auto); err != nil {
				return "", err
			}
		}
		s, err := vm.format(v, spec)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	return sb.String(), nil
}
