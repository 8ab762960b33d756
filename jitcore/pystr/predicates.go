package pystr

// allRunes reports whether s is non-empty and every rune satisfies f.
func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if !f(r) {
			return false
		}
		i += n
	}
	return true
}

// IsAlpha implements str.isalpha().
func IsAlpha(s string) bool { return allRunes(s, IsAlphaRune) }

// IsDecimal implements str.isdecimal().
func IsDecimal(s string) bool { return allRunes(s, IsDecimalRune) }

// IsDigit implements str.isdigit().
func IsDigit(s string) bool { return allRunes(s, IsDigitRune) }

// IsNumeric implements str.isnumeric().
func IsNumeric(s string) bool { return allRunes(s, IsNumericRune) }

// IsAlnum implements str.isalnum().
func IsAlnum(s string) bool { return allRunes(s, IsAlnumRune) }

// IsSpace implements str.isspace().
func IsSpace(s string) bool { return allRunes(s, IsSpaceRune) }

// IsPrintable implements str.isprintable() (true for "").
func IsPrintable(s string) bool { return s == "" || allRunes(s, IsPrintableRune) }

// IsUpper implements str.isupper(): some cased character and no lowercase
// or titlecase one.
func IsUpper(s string) bool {
	cased := false
	for _, r := range s {
		switch f := flags(r); {
		case f&(flagLower|flagTitle) != 0:
			return false
		case f&flagUpper != 0:
			cased = true
		}
	}
	return cased
}

// IsLower implements str.islower().
func IsLower(s string) bool {
	cased := false
	for _, r := range s {
		switch f := flags(r); {
		case f&(flagUpper|flagTitle) != 0:
			return false
		case f&flagLower != 0:
			cased = true
		}
	}
	return cased
}

// IsTitle implements str.istitle(): uppercase and titlecase characters
// only after uncased ones, lowercase only after cased ones.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch f := flags(r); {
		case f&(flagUpper|flagTitle) != 0:
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case f&flagLower != 0:
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IsIdentifier implements str.isidentifier(): XID_Start or '_' then
// XID_Continue characters.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !has(r, flagXIDStart) {
				return false
			}
		} else if !has(r, flagXIDContinue) {
			return false
		}
	}
	return true
}
