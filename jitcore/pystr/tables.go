package pystr

import "sort"

// flagRun starts a run of code points sharing the same property flags.
type flagRun struct {
	lo    uint32
	flags uint16
}

// decimalRun is a run of decimal digits whose values increase by one.
type decimalRun struct {
	lo, hi uint32
	value  uint8
}

// caseMapping is the full case mapping of one code point.
type caseMapping struct {
	r rune
	s string
}

// asciiFlags caches the flags of the ASCII range, the common case.
var asciiFlags [128]uint16

func init() {
	for c := rune(0); c < 128; c++ {
		asciiFlags[c] = lookupFlags(c)
	}
}

func lookupFlags(c rune) uint16 {
	if c < 0 || c > 0x10ffff {
		return 0
	}
	i := sort.Search(len(flagRuns), func(i int) bool { return flagRuns[i].lo > uint32(c) })
	return flagRuns[i-1].flags
}

// flags returns the property flags of c.
func flags(c rune) uint16 {
	if c >= 0 && c < 128 {
		return asciiFlags[c]
	}
	return lookupFlags(c)
}

func has(c rune, f uint16) bool { return flags(c)&f != 0 }

// DecimalValue returns the value of c if it is a decimal digit (Unicode
// category Nd, as Python's str.isdecimal), else -1.
func DecimalValue(c rune) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	if c < 128 {
		return -1
	}
	i := sort.Search(len(decimalRuns), func(i int) bool { return decimalRuns[i].hi >= uint32(c) })
	if i < len(decimalRuns) && decimalRuns[i].lo <= uint32(c) {
		return int(decimalRuns[i].value) + int(uint32(c)-decimalRuns[i].lo)
	}
	return -1
}

func lookupCase(table []caseMapping, c rune) (string, bool) {
	i := sort.Search(len(table), func(i int) bool { return table[i].r >= c })
	if i < len(table) && table[i].r == c {
		return table[i].s, true
	}
	return "", false
}

// Char predicates, one code point each, with CPython's definitions.

// IsAlphaRune reports whether c is alphabetic (categories Lm, Lt, Lu, Ll, Lo).
func IsAlphaRune(c rune) bool { return has(c, flagAlpha) }

// IsDecimalRune reports whether c is a decimal character (category Nd).
func IsDecimalRune(c rune) bool { return has(c, flagDecimal) }

// IsDigitRune reports whether c has a digit value (Numeric_Type Digit or Decimal).
func IsDigitRune(c rune) bool { return has(c, flagDigit) }

// IsNumericRune reports whether c has a numeric value.
func IsNumericRune(c rune) bool { return has(c, flagNumeric) }

// IsSpaceRune reports whether c is whitespace by Python's definition
// (bidirectional class WS, B or S, or category Zs).
func IsSpaceRune(c rune) bool { return has(c, flagSpace) }

// IsPrintableRune reports whether repr() leaves c unescaped.
func IsPrintableRune(c rune) bool { return has(c, flagPrintable) }

// IsUpperRune reports whether c is uppercase.
func IsUpperRune(c rune) bool { return has(c, flagUpper) }

// IsLowerRune reports whether c is lowercase.
func IsLowerRune(c rune) bool { return has(c, flagLower) }

// IsTitleRune reports whether c is a titlecase letter (category Lt).
func IsTitleRune(c rune) bool { return has(c, flagTitle) }

// IsCasedRune reports whether c is cased (uppercase, lowercase or titlecase).
func IsCasedRune(c rune) bool { return has(c, flagCased) }

func isCaseIgnorable(c rune) bool { return has(c, flagCaseIgnorable) }

// IsAlnumRune reports whether c is alphanumeric as str.isalnum sees it.
func IsAlnumRune(c rune) bool { return has(c, flagAlpha|flagDecimal|flagDigit|flagNumeric) }
