package pystr

import (
	"strings"
	"unicode/utf8"
)

// Center implements str.center(width, fill), with CPython's choice of the
// side that gets the odd padding character.
func Center(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	marg := width - n
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)
}

// LJust implements str.ljust(width, fill).
func LJust(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	if width <= n {
		return s
	}
	return s + strings.Repeat(string(fill), width-n)
}

// RJust implements str.rjust(width, fill).
func RJust(s string, width int, fill rune) string {
	n := utf8.RuneCountInString(s)
	if width <= n {
		return s
	}
	return strings.Repeat(string(fill), width-n) + s
}

// ZFill implements str.zfill(width): zeros go after a leading sign.
func ZFill(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if width <= n {
		return s
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

// ExpandTabs implements str.expandtabs(tabsize): columns count code points
// and restart after \n and \r; a tabsize <= 0 removes tabs.
func ExpandTabs(s string, tabsize int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", k))
				col += k
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
