package jitcore

import (
	"strings"
	"testing"
)

func TestReTranslate(t *testing.T) {
	tests := []struct {
		pattern string
		flags   int
		want    string
	}{
		{`abc`, 0, `abc`},
		{`a.c`, 0, `a[^\n]c`},
		{`a.c`, reDotAll, `a(?s:.)c`},
		{`^\d+`, 0, `\A\p{Nd}+`},
		{`^\d+`, reASCII, `\A[0-9]+`},
		{`\w+`, reASCII, `[0-9A-Za-z_]+`},
		{`\W`, 0, `[^\p{L}\p{N}_]`},
		{`\s`, reASCII, `[\t\n\v\f\r ]`},
		{`(?P<year>\d{4})`, 0, `(?P<g1>\p{Nd}{4})`},
		{`a{,3}`, 0, `a{0,3}`},
		{`a{`, 0, `a\{`},
		{`x{2,}?`, 0, `x{2,}?`},
		{`\Aab\Z`, 0, `\Aab\z`},
		{`(?i)abc`, 0, `(?i)abc`},
		{`(?i:a)b`, 0, `(?i:a)b`},
		{`a # comment
		  b`, reVerbose, `ab`},
		{`[\d.]`, 0, `[\p{Nd}.]`},
		{`[^]a]`, 0, `[^\]a]`},
		{`[a-z\-]`, 0, `[a-z\-]`},
		{`[\W]`, 0, `[^\p{L}\p{N}_]`},
		{`\x41\u00e9\t`, 0, `Aé\x{9}`},
		{`^a$`, reMultiline, `(?m:^)a(?m:$)`},
		{`a$`, 0, `a` + finalDollarPlaceholder},
		{`(a$)`, 0, `(a` + finalDollarPlaceholder + `)`},
		{`a$|b`, 0, `a` + dollarPlaceholder + `|b`},
		{`\.\*\(`, 0, `\.\*\(`},
		{`(?#note)x`, 0, `x`},
		{`\0101`, 0, `\x{8}1`},
		{`\101`, 0, `A`},
	}
	for _, tc := range tests {
		tr, err := translateRegexp(tc.pattern, tc.flags, false)
		if err != nil {
			t.Errorf("translate(%q): %v", tc.pattern, err)
			continue
		}
		if tr.goPat != tc.want {
			t.Errorf("translate(%q) = %q, want %q", tc.pattern, tr.goPat, tc.want)
		}
	}
}

func TestReTranslateUnsupported(t *testing.T) {
	tests := []struct{ pattern, construct string }{
		{`(?<=a)b`, `lookbehind (?<=...)`},
		{`(?<!a)b`, `negative lookbehind (?<!...)`},
		{`a(?=b)`, `lookahead (?=...)`},
		{`a(?!b)`, `negative lookahead (?!...)`},
		{`(a)\1`, `backreferences (\1)`},
		{`(?P<q>a)(?P=q)`, `backreferences (?P=name)`},
		{`a*+`, `possessive quantifiers (*+)`},
		{`a++`, `possessive quantifiers (++)`},
		{`a?+`, `possessive quantifiers (?+)`},
		{`a{2}+`, `possessive quantifiers ({2}+)`},
		{`(?>ab)`, `atomic groups (?>...)`},
		{`(a)(?(1)b|c)`, `conditional groups (?(...)...)`},
		{`\N{EM DASH}`, `named Unicode escapes (\N{...})`},
		{`a{1001}`, `repetition counts above 1000`},
		{`[\Sa]`, `\W or \S beside other members of a character class`},
	}
	for _, tc := range tests {
		_, err := translateRegexp(tc.pattern, 0, false)
		want := "jitlens does not support " + tc.construct + " in regular expressions"
		if err == nil || err.Error() != want {
			t.Errorf("translate(%q) error = %v, want %q", tc.pattern, err, want)
		}
	}
}

// TestReTranslateErrors checks CPython's wording and positions of pattern
// errors.
func TestReTranslateErrors(t *testing.T) {
	tests := []struct{ pattern, want string }{
		{`(a`, "missing ), unterminated subpattern at position 0"},
		{`a)`, "unbalanced parenthesis at position 1"},
		{`*a`, "nothing to repeat at position 0"},
		{`a**`, "multiple repeat at position 2"},
		{`[a`, "unterminated character set at position 0"},
		{`\q`, `bad escape \q at position 0`},
		{`(?P<1>a)`, "bad character in group name '1' at position 4"},
		{`(?P<a>x)(?P<a>y)`, "redefinition of group name 'a' as group 2; was group 1 at position 12"},
		{`[z-a]`, "bad character range z-a at position 1"},
		{`a(?i)`, "global flags not at the start of the expression at position 1"},
		{`a{3,1}`, "min repeat greater than max repeat at position 4"},
	}
	for _, tc := range tests {
		_, err := translateRegexp(tc.pattern, 0, false)
		if err == nil || err.Error() != tc.want {
			t.Errorf("translate(%q) error = %v, want %q", tc.pattern, err, tc.want)
		}
	}
}

// TestReSearchSemantics checks match positions against CPython's results
// (recorded from Python 3.11), including the places where RE2 and CPython
// differ without help: empty matches, `$` before a final newline, search
// positions that need the previous character.
func TestReSearchSemantics(t *testing.T) {
	tests := []struct {
		pattern, subject string
		flags            int
		want             string // findall spans
	}{
		{`x*`, "abxd", 0, "0-0 1-1 2-3 3-3 4-4"},
		{`\w*`, "ab cd", 0, "0-2 2-2 3-5 5-5"},
		{`\d+$`, "12\n34\n", 0, "3-5"},
		{`\d+$`, "12\n34", 0, "3-5"},
		{`$`, "ab\n", 0, "2-2 3-3"},
		{`^\w`, "ab\ncd", reMultiline, "0-1 3-4"},
		{`^\w`, "ab\ncd", 0, "0-1"},
		{`\bc`, "cat concat c", 0, "0-1 4-5 11-12"},
		{`é+`, "café éé", 0, "3-4 5-7"},
		{`\d`, "١٢3", 0, "0-1 1-2 2-3"},
		{`\d`, "١٢3", reASCII, "2-3"},
		{`a|ab`, "ab", 0, "0-1"},
	}
	for _, tc := range tests {
		prog, err := reCompileProgram(tc.pattern, tc.flags, false)
		if err != nil {
			t.Fatalf("%q: %v", tc.pattern, err)
		}
		s := newReSubject(tc.subject, false, Null)
		var got []string
		err = prog.iterate(s, 0, s.nchars, 0, func(span []int) error {
			got = append(got, sprintf("%d-%d", span[0], span[1]))
			return nil
		})
		if err != nil {
			t.Errorf("%q on %q: %v", tc.pattern, tc.subject, err)
			continue
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q on %q: spans %s, want %s", tc.pattern, tc.subject, g, tc.want)
		}
	}
}

// TestReRefusesWhatRE2CannotDecide checks that the cases RE2 cannot decide
// are errors, never a wrong match.
func TestReRefusesWhatRE2CannotDecide(t *testing.T) {
	tests := []struct{ pattern, subject string }{
		{`a*?`, "aa"},         // CPython finds 'a' after the empty match
		{`\bé`, "un été"},     // Unicode word boundary
		{`a$|b`, "a\nb\na\n"}, // non-final `$` on several lines
	}
	for _, tc := range tests {
		prog, err := reCompileProgram(tc.pattern, 0, false)
		if err != nil {
			t.Fatalf("%q: %v", tc.pattern, err)
		}
		s := newReSubject(tc.subject, false, Null)
		err = prog.iterate(s, 0, s.nchars, 0, func([]int) error { return nil })
		if err == nil || !strings.HasPrefix(err.Error(), "jitlens does not support") {
			t.Errorf("%q on %q: err = %v, want an unsupported error", tc.pattern, tc.subject, err)
		}
	}
}

func TestReEscape(t *testing.T) {
	if got, want := reEscape("a.b*c?d [x]-_é"), `a\.b\*c\?d\ \[x\]\-_é`; got != want {
		t.Errorf("reEscape = %q, want %q", got, want)
	}
}
