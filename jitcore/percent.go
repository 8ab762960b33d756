package jitcore

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pyfmt"
)

// percentFormat implements str % args.
func (vm *VM) percentFormat(format string, arg Value) (Value, error) {
	s, err := vm.percentCore(format, arg, false)
	if err != nil {
		return Null, err
	}
	return Str(s), nil
}

// bytesPercentFormat implements bytes % args and bytearray % args (PEP 461).
func (vm *VM) bytesPercentFormat(format *Bytes, arg Value) (Value, error) {
	s, err := vm.percentCore(string(format.b), arg, true)
	if err != nil {
		return Null, err
	}
	return Obj(&Bytes{b: []byte(s), mutable: format.mutable}), nil
}

// percentCore formats with printf-style conversions; in bytes mode the
// format and result are raw bytes held in a Go string.
func (vm *VM) percentCore(format string, arg Value, bytesMode bool) (string, error) {
	var items []Value
	var mapping Value
	if t, ok := asTuple(arg); ok && arg.Type() == TupleType {
		items = t.items
	} else {
		items = []Value{arg}
		if isPercentMapping(arg) {
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
			return "", newValueError("incomplete format")
		}
		var val Value
		if format[i] == '(' {
			end := strings.IndexByte(format[i:], ')')
			if end < 0 {
				return "", newValueError("incomplete format key")
			}
			key := format[i+1 : i+end]
			i += end + 1
			if mapping.k == kNull {
				return "", typeErrorf("format requires a mapping")
			}
			keyVal := Str(key)
			if bytesMode {
				keyVal = Obj(&Bytes{b: []byte(key)})
			}
			v, err := vm.getItem(mapping, keyVal)
			if err != nil {
				return "", err
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
				return "", err
			}
			if !w.isIntLike() {
				return "", typeErrorf("* wants int")
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
					return "", err
				}
				if !p.isIntLike() {
					return "", typeErrorf("* wants int")
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
			return "", newValueError("incomplete format")
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
				return "", err
			}
			val = v
		}
		left := strings.Contains(flags, "-")
		align := ">"
		if left {
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
		zero := strings.Contains(flags, "0") && !left
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a', 'b':
			var text string
			switch {
			case bytesMode && (conv == 's' || conv == 'b'):
				text, err = vm.bytesForPercent(val)
			case conv == 's':
				text, err = vm.str(val)
			case conv == 'r' && !bytesMode:
				text, err = vm.repr(val)
			case conv == 'b':
				return "", newValueError(sprintf("unsupported format character 'b' (0x62) at index %d", i-1))
			default:
				text, err = vm.ascii(val)
			}
			if err != nil {
				return "", err
			}
			if hasPrec {
				n := int(intBase(mustInt(prec)).n)
				if bytesMode {
					if n < len(text) {
						text = text[:n]
					}
				} else if rs := []rune(text); n < len(rs) {
					text = string(rs[:n])
				}
			}
			if bytesMode {
				s = padBytes(text, width, left)
			} else {
				s, err = pyfmt.FormatStr(text, align+width)
			}
		case 'd', 'i', 'u', 'x', 'X', 'o':
			iv, ierr := vm.percentIntArg(val, conv)
			if ierr != nil {
				return "", ierr
			}
			w := 0
			if width != "" {
				w = int(intBase(mustInt(width)).n)
			}
			p := -1
			if hasPrec {
				p = int(intBase(mustInt(prec)).n)
			}
			s, err = formatPercentInt(toBig(iv), conv, sign, alt != "", zero, left, w, p)
		case 'f', 'F', 'e', 'E', 'g', 'G':
			f, ferr := vm.realArg(val)
			if ferr != nil {
				if isExc(ferr, TypeErrorType) {
					return "", typeErrorf("must be real number, not %s", val.Type().tpName())
				}
				return "", ferr
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
			text, cerr := vm.percentChar(val, bytesMode)
			if cerr != nil {
				return "", cerr
			}
			if bytesMode {
				s = padBytes(text, width, left)
			} else {
				s, err = pyfmt.FormatStr(text, align+width)
			}
		default:
			return "", newValueError(sprintf("unsupported format character '%c' (0x%x) at index %d", conv, conv, i-1))
		}
		if err != nil {
			return "", toException(err)
		}
		sb.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping.k == kNull {
		return "", typeErrorf("not all arguments converted during string formatting")
	}
	return sb.String(), nil
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

// isPercentMapping reports whether % takes its argument as a mapping for
// %(key)s: any subscriptable object that is not a tuple, str or bytes, as
// CPython's PyMapping_Check test.
func isPercentMapping(arg Value) bool {
	if arg.k != kObj {
		return false
	}
	switch o := arg.o.(type) {
	case *Dict, *List:
		return true
	case *Instance:
		if o.base.k != kNull {
			return isPercentMapping(o.base)
		}
		_, ok := userMethod(arg, "__getitem__")
		return ok
	}
	_, ok := userMethod(arg, "__getitem__")
	return ok
}

// bytesForPercent is %s / %b in bytes formatting: a bytes-like object or
// one with __bytes__.
func (vm *VM) bytesForPercent(v Value) (string, error) {
	if b, ok := unwrapBuiltin(v).o.(*Bytes); ok && v.k == kObj {
		return string(b.b), nil
	}
	if m, ok := userMethod(v, "__bytes__"); ok {
		r, err := vm.callMethod(m, v)
		if err != nil {
			return "", err
		}
		if b, ok := unwrapBuiltin(r).o.(*Bytes); ok && r.k == kObj && !b.mutable {
			return string(b.b), nil
		}
		return "", typeErrorf("__bytes__ returned non-bytes (type %s)", r.Type().tpName())
	}
	return "", typeErrorf("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().tpName())
}

// percentIntArg converts the argument of an integer conversion: %d %i %u
// take any real number (int(x)), %x %X %o need an integer (__index__).
func (vm *VM) percentIntArg(v Value, conv byte) (Value, error) {
	if v.isIntLike() {
		return intBase(v), nil
	}
	if conv == 'd' || conv == 'i' || conv == 'u' {
		_, hasInt := userMethod(v, "__int__")
		_, hasIndex := userMethod(v, "__index__")
		_, hasFloat := userMethod(v, "__float__")
		if isNumber(v) && !isComplex(unwrapBuiltin(v)) || hasInt || hasIndex || hasFloat {
			r, err := vm.toInt(v)
			if err != nil {
				return Null, err
			}
			return intBase(r), nil
		}
		return Null, typeErrorf("%%%c format: a real number is required, not %s", conv, v.Type().tpName())
	}
	if _, ok := userMethod(v, "__index__"); ok {
		b, err := vm.intArg(v)
		if err != nil {
			return Null, err
		}
		return BigInt(b), nil
	}
	return Null, typeErrorf("%%%c format: an integer is required, not %s", conv, v.Type().tpName())
}

// formatPercentInt lays out an integer conversion as CPython does: digits
// padded to the precision, then sign and 0x/0o prefix, then the width
// (zeros go between the prefix and the digits).
func formatPercentInt(n *big.Int, conv byte, sign string, alt, zero, left bool, width, prec int) (string, error) {
	base, prefix := 10, ""
	switch conv {
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	case 'o':
		base, prefix = 8, "0o"
	}
	if !alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(n).Text(base)
	if base == 10 {
		var err error
		if digits, err = pyfmt.BigIntToString(new(big.Int).Abs(n), 10); err != nil {
			return "", err
		}
	}
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec >= 0 && len(digits) < prec {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	if n.Sign() < 0 {
		sign = "-"
	}
	body := sign + prefix + digits
	if len(body) >= width {
		return body, nil
	}
	pad := width - len(body)
	switch {
	case left:
		return body + strings.Repeat(" ", pad), nil
	case zero:
		return sign + prefix + strings.Repeat("0", pad) + digits, nil
	}
	return strings.Repeat(" ", pad) + body, nil
}

// percentChar is %c: a code point (a byte in bytes mode) or a one-character
// string (one byte).
func (vm *VM) percentChar(v Value, bytesMode bool) (string, error) {
	if bytesMode {
		if b, ok := unwrapBuiltin(v).o.(*Bytes); ok && v.k == kObj && len(b.b) == 1 {
			return string(b.b), nil
		}
		if v.isIntLike() || func() bool { _, ok := userMethod(v, "__index__"); return ok }() {
			n, err := vm.intArg(v)
			if err != nil {
				return "", err
			}
			if n.Sign() < 0 || n.Cmp(big.NewInt(255)) > 0 {
				return "", newExc(OverflowErrorType, "%c arg not in range(256)")
			}
			return string([]byte{byte(n.Int64())}), nil
		}
		return "", typeErrorf("%%c requires an integer in range(256) or a single byte")
	}
	if s, ok := asStr(v); ok {
		if utf8.RuneCountInString(s) != 1 {
			return "", typeErrorf("%%c requires int or char")
		}
		return s, nil
	}
	if v.isIntLike() || func() bool { _, ok := userMethod(v, "__index__"); return ok }() {
		n, err := vm.intArg(v)
		if err != nil {
			return "", err
		}
		if n.Sign() < 0 || n.Cmp(big.NewInt(0x10ffff)) > 0 {
			return "", newExc(OverflowErrorType, "%c arg not in range(0x110000)")
		}
		return string(rune(n.Int64())), nil
	}
	return "", typeErrorf("%%c requires int or char")
}

// padBytes pads raw bytes to a width with spaces.
func padBytes(s, width string, left bool) string {
	w := 0
	if width != "" {
		w = int(intBase(mustInt(width)).n)
	}
	if len(s) >= w {
		return s
	}
	if left {
		return s + strings.Repeat(" ", w-len(s))
	}
	return strings.Repeat(" ", w-len(s)) + s
}
