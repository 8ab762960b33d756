package jitcore

import (
	"strings"

	"jitlens/jitcore/pyfmt"
)

// percentFormat implements str % args.
func (vm *VM) percentFormat(format string, arg Value) (Value, error) {
	var items []Value
	var mapping Value
	if t, ok := asTuple(arg); ok && arg.Type() == TupleType {
		items = t.items
	} else {
		items = []Value{arg}
		if _, ok := asDict(arg); ok || (!arg.Type().builtin && func() bool { _, h := userMethod(arg, "__getitem__"); return h }()) {
			mapping = arg
		}
	}
	next := 0
	var sb strings.Builder
	getArg := func() (Value, error) {
		if next >= len(items) {
			return Null, typeErrorf("not enough arguments for format string")
		}
		next++
		return items[next-1], nil
	}
	usedMapping := false
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				sb.WriteString(format[i:])
				break
			}
			sb.WriteString(format[i : i+j])
			i += j
			continue
		}
		i++
		if i >= len(format) {
			return Null, newValueError("incomplete format")
		}
		var val Value
		if format[i] == '(' {
			end := strings.IndexByte(format[i:], ')')
			if end < 0 {
				return Null, newValueError("incomplete format key")
			}
			key := format[i+1 : i+end]
			i += end + 1
			if mapping.k == kNull {
				return Null, typeErrorf("format requires a mapping")
			}
			v, err := vm.getItem(mapping, Str(key))
			if err != nil {
				return Null, err
			}
			val = v
			usedMapping = true
		}
		flags := ""
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			flags += string(format[i])
			i++
		}
		width := ""
		if i < len(format) && format[i] == '*' {
			w, err := getArg()
			if err != nil {
				return Null, err
			}
			width = intRepr(intBase(w))
			if strings.HasPrefix(width, "-") {
				flags += "-"
				width = width[1:]
			}
			i++
		}
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width += string(format[i])
			i++
		}
		prec := ""
		hasPrec := false
		if i < len(format) && format[i] == '.' {
			hasPrec = true
			i++
			if i < len(format) && format[i] == '*' {
				p, err := getArg()
				if err != nil {
					return Null, err
				}
				prec = intRepr(intBase(p))
				i++
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				prec += string(format[i])
				i++
			}
			if prec == "" {
				prec = "0"
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return Null, newValueError("incomplete format")
		}
		conv := format[i]
		i++
		if conv == '%' {
			sb.WriteByte('%')
			continue
		}
		if val.k == kNull {
			v, err := getArg()
			if err != nil {
				return Null, err
			}
			val = v
		}
		align := ">"
		if strings.Contains(flags, "-") {
			align = "<"
		}
		sign := ""
		if strings.Contains(flags, "+") {
			sign = "+"
		} else if strings.Contains(flags, " ") {
			sign = " "
		}
		alt := ""
		if strings.Contains(flags, "#") {
			alt = "#"
		}
		zero := strings.Contains(flags, "0") && align == ">"
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a':
			var text string
			switch conv {
			case 's':
				text, err = vm.str(val)
			case 'r':
				text, err = vm.repr(val)
			default:
				text, err = vm.ascii(val)
			}
			if err != nil {
				return Null, err
			}
			if hasPrec {
				rs := []rune(text)
				n := int(intBase(mustInt(prec)).n)
				if n < len(rs) {
					text = string(rs[:n])
				}
			}
			s, err = pyfmt.FormatStr(text, align+width)
		case 'd', 'i', 'u', 'x', 'X', 'o':
			if !isNumber(val) {
				if conv == 'd' || conv == 'i' || conv == 'u' {
					return Null, typeErrorf("%%%c format: a real number is required, not %s", conv, val.Type().Name)
				}
				return Null, typeErrorf("%%%c format: an integer is required, not %s", conv, val.Type().Name)
			}
			iv := val
			if isFloat(val) {
				if conv != 'd' && conv != 'i' && conv != 'u' {
					return Null, typeErrorf("%%%c format: an integer is required, not float", conv)
				}
				if iv, err = vm.toInt(val); err != nil {
					return Null, err
				}
			}
			iv = intBase(iv)
			t := string(conv)
			if conv == 'i' || conv == 'u' {
				t = "d"
			}
			spec := sign + alt
			if zero {
				spec += "0"
			} else {
				spec = align + spec
			}
			spec += width + t
			if iv.k == kInt {
				s, err = pyfmt.FormatInt(iv.n, spec)
			} else {
				s, err = pyfmt.FormatBigInt(toBig(iv), spec)
			}
			if hasPrec && err == nil {
				// precision on integers pads the digits with zeros
				s = padIntPrecision(s, int(intBase(mustInt(prec)).n))
			}
		case 'f', 'F', 'e', 'E', 'g', 'G':
			f, ferr := toFloat(val)
			if ferr != nil || !isNumber(val) {
				return Null, typeErrorf("must be real number, not %s", val.Type().Name)
			}
			spec := sign + alt
			if zero {
				spec += "0"
			} else {
				spec = align + spec
			}
			spec += width
			if hasPrec {
				spec += "." + prec
			} else {
				spec += ".6"
			}
			s, err = pyfmt.FormatFloat(f, spec+string(conv))
		case 'c':
			var text string
			if str, ok := asStr(val); ok {
				text = str
			} else {
				text = string(rune(intBase(val).n))
			}
			s, err = pyfmt.FormatStr(text, align+width)
		default:
			return Null, newValueError(sprintf("unsupported format character '%c' (0x%x) at index %d", conv, conv, i-1))
		}
		if err != nil {
			return Null, toException(err)
		}
		sb.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping.k == kNull {
		return Null, typeErrorf("not all arguments converted during string formatting")
	}
	return Str(sb.String()), nil
}

func mustInt(s string) Value {
	v, _ := parseIntValue(s, 10)
	return v
}

func padIntPrecision(s string, prec int) string {
	t := strings.TrimLeft(s, " ")
	lead := s[:len(s)-len(t)]
	sign := ""
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		sign, t = t[:1], t[1:]
	}
	for len(t) < prec {
		t = "0" + t
	}
	return lead + sign + t
}
