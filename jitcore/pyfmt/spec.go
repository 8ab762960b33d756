package pyfmt

import (
	"strconv"
	"unicode/utf8"

	"jitlens/jitcore/pystr"
)

// Spec is a parsed format specification:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type Spec struct {
	Fill      rune // ' ' unless given (or '0' from the 0 flag)
	Align     byte // '<', '>', '^', '=' or 0 for the type's default
	Sign      byte // '+', '-', ' ' or 0
	NoNegZero bool // 'z'
	Alternate bool // '#'
	// ZeroPad records the '0' flag before the width.
	ZeroPad   bool
	Width     int  // -1 when absent
	Grouping  byte // ',', '_' or 0
	Precision int  // -1 when absent
	Type      rune // 0 when absent

	fillGiven bool
}

const maxSpecInt = 1<<63 - 1

// ParseSpec parses a format spec. typeName is the Python type of the object
// being formatted (it appears in the "Invalid format specifier" message) and
// defaultType the presentation type used when the spec has none: 'd' for
// int, 's' for str, 0 for float and complex. Checks that depend on the
// object's type are done by the Format functions.
func ParseSpec(spec, typeName string, defaultType rune) (*Spec, error) {
	sp := &Spec{Fill: ' ', Width: -1, Precision: -1, Type: defaultType}
	var buf [16]rune
	rs := buf[:0]
	for _, r := range spec {
		rs = append(rs, r)
	}
	pos := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.Fill, sp.Align, sp.fillGiven = rs[0], byte(rs[1]), true
		pos = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.Align = byte(rs[0])
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		sp.Sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		sp.NoNegZero = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		sp.Alternate = true
		pos++
	}
	if !sp.fillGiven && pos < len(rs) && rs[pos] == '0' {
		sp.ZeroPad = true
		pos++
	}
	var n int
	var err error
	if pos, n, err = readInt(rs, pos); err != nil {
		return nil, err
	} else if n >= 0 {
		sp.Width = n
	}
	if pos < len(rs) && rs[pos] == ',' {
		sp.Grouping = ','
		pos++
	}
	if pos < len(rs) && rs[pos] == '_' {
		if sp.Grouping != 0 {
			return nil, valueError("Cannot specify both ',' and '_'.")
		}
		sp.Grouping = '_'
		pos++
	}
	if pos < len(rs) && rs[pos] == ',' && sp.Grouping == '_' {
		return nil, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		if pos, n, err = readInt(rs, pos); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, valueError("Format specifier missing precision")
		}
		sp.Precision = n
	}
	if len(rs)-pos > 1 {
		return nil, valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
	}
	if pos < len(rs) {
		sp.Type = rs[pos]
	}
	if sp.Grouping != 0 {
		switch sp.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if sp.Grouping != '_' {
				return nil, groupingTypeError(sp.Grouping, sp.Type)
			}
		default:
			return nil, groupingTypeError(sp.Grouping, sp.Type)
		}
	}
	return sp, nil
}

// readInt reads decimal digits (any Unicode Nd digits, as CPython) at pos.
// n is -1 when there are none.
func readInt(rs []rune, pos int) (int, int, error) {
	n, count := 0, 0
	for ; pos < len(rs); pos++ {
		d := pystr.DecimalValue(rs[pos])
		if d < 0 {
			break
		}
		if n > (maxSpecInt-d)/10 {
			return pos, 0, valueError("Too many decimal digits in format string")
		}
		n = n*10 + d
		count++
	}
	if count == 0 {
		return pos, -1, nil
	}
	return pos, n, nil
}

// typeCode renders a presentation type for messages: the character when
// printable ASCII, else \x.. as CPython does.
func typeCode(t rune) string {
	if t > 32 && t < 128 {
		return string(t)
	}
	return `\x` + strconv.FormatInt(int64(t), 16)
}

func groupingTypeError(g byte, t rune) error {
	return valueError("Cannot specify '" + string(g) + "' with '" + typeCode(t) + "'.")
}

func unknownTypeError(t rune, typeName string) error {
	return valueError("Unknown format code '" + typeCode(t) + "' for object of type '" + typeName + "'")
}

// align returns the effective alignment given the type's default.
func (sp *Spec) align(def byte) byte {
	if sp.Align != 0 {
		return sp.Align
	}
	if sp.ZeroPad && def == '>' {
		return '='
	}
	return def
}

func (sp *Spec) fill() rune {
	if !sp.fillGiven && sp.ZeroPad {
		return '0'
	}
	return sp.Fill
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
