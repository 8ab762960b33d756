package pystr

import (
	"strings"
	"unicode/utf8"
)

func upperFull(r rune) (string, bool) { return lookupCase(upperMap[:], r) }
func lowerFull(r rune) (string, bool) { return lookupCase(lowerMap[:], r) }
func titleFull(r rune) (string, bool) { return lookupCase(titleMap[:], r) }
func foldFull(r rune) (string, bool)  { return lookupCase(foldMap[:], r) }

// mapRunes rewrites s rune by rune; f returns the replacement for the rune
// at byte offset i, or ok=false to keep it. ASCII-only strings keep the
// fast path in the callers.
func mapRunes(s string, f func(s string, i int, r rune) (string, bool)) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if m, ok := f(s, i, r); ok {
			b.WriteString(m)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Upper implements str.upper() with full case mappings ('ß' -> "SS").
func Upper(s string) string {
	if IsASCII(s) {
		return strings.ToUpper(s)
	}
	return mapRunes(s, func(_ string, _ int, r rune) (string, bool) { return upperFull(r) })
}

// Lower implements str.lower() with full case mappings and the final sigma
// rule.
func Lower(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, lowerAt)
}

// CaseFold implements str.casefold().
func CaseFold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(_ string, _ int, r rune) (string, bool) { return foldFull(r) })
}

// lowerAt lowers the rune r at byte offset i of s, applying the final sigma
// rule to capital sigma.
func lowerAt(s string, i int, r rune) (string, bool) {
	if r == 0x3a3 {
		if isFinalSigma(s, i) {
			return "\u03c2", true
		}
		return "\u03c3", true
	}
	return lowerFull(r)
}

// isFinalSigma: a cased letter precedes the sigma and none follows it,
// skipping case-ignorable characters either way.
func isFinalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if !isCaseIgnorable(r) {
			before = IsCasedRune(r)
			break
		}
	}
	if !before {
		return false
	}
	for j := i + 2; j < len(s); { // capital sigma is two bytes long
		r, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if !isCaseIgnorable(r) {
			return !IsCasedRune(r)
		}
	}
	return true
}

// SwapCase implements str.swapcase().
func SwapCase(s string) string {
	if IsASCII(s) {
		return swapCaseASCII(s)
	}
	return swapCaseRunes(s)
}

func swapCaseRunes(s string) string {
	return mapRunes(s, func(s string, i int, r rune) (string, bool) {
		switch {
		case IsUpperRune(r):
			return lowerAt(s, i, r)
		case IsLowerRune(r):
			return upperFull(r)
		}
		return "", false
	})
}

// Capitalize implements str.capitalize(): the first character in
// titlecase, the rest lowercased.
func Capitalize(s string) string {
	if IsASCII(s) {
		return capitalizeASCII(s)
	}
	return capitalizeRunes(s)
}

func capitalizeRunes(s string) string {
	first := true
	return mapRunes(s, func(s string, i int, r rune) (string, bool) {
		if first {
			first = false
			return titleFull(r)
		}
		return lowerAt(s, i, r)
	})
}

// Title implements str.title(): a character following a cased one is
// lowercased, any other is titlecased.
func Title(s string) string {
	if IsASCII(s) {
		return titleASCII(s)
	}
	return titleRunes(s)
}

func titleRunes(s string) string {
	prevCased := false
	return mapRunes(s, func(s string, i int, r rune) (string, bool) {
		var m string
		var ok bool
		if prevCased {
			m, ok = lowerAt(s, i, r)
		} else {
			m, ok = titleFull(r)
		}
		prevCased = IsCasedRune(r)
		return m, ok
	})
}
