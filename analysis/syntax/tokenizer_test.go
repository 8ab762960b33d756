package syntax

import (
	"strings"
	"testing"
)

// tokenString renders tokens as "KIND:text" separated by spaces.
func tokenString(r *TokenizeResult) string {
	var parts []string
	for _, t := range r.Tokens {
		text := r.Source[t.Start:t.End]
		switch t.Kind {
		case TNewline, TNL, TIndent, TDedent, EndMarker:
			parts = append(parts, t.Kind.String())
		default:
			parts = append(parts, t.Kind.String()+":"+text)
		}
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"names and keywords", "if x: pass\n", "NAME:if NAME:x COLON:: NAME:pass NEWLINE ENDMARKER"},
		{"unicode name", "été = 1\n", "NAME:été EQUAL:= NUMBER:1 NEWLINE ENDMARKER"},
		{"numbers", "0x_1f 0o17 0b1_0 1_000 1. .5 1e-3 1E+3_0 3j 1.5J 00\n",
			"NUMBER:0x_1f NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000 NUMBER:1. NUMBER:.5 NUMBER:1e-3 NUMBER:1E+3_0 NUMBER:3j NUMBER:1.5J NUMBER:00 NEWLINE ENDMARKER"},
		{"number before keyword", "1if x else 2\n", "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE ENDMARKER"},
		{"string prefixes", "r'a' B\"b\" Rb'c' bR'd' u'e' '''f''' \"\"\"g\"\"\"\n",
			"STRING:r'a' STRING:B\"b\" STRING:Rb'c' STRING:bR'd' STRING:u'e' STRING:'''f''' STRING:\"\"\"g\"\"\" NEWLINE ENDMARKER"},
		{"triple-quoted across lines", "s = '''a\nb'''\n", "NAME:s EQUAL:= STRING:'''a\nb''' NEWLINE ENDMARKER"},
		{"operators", ":= -> **= //= @= ... != <<= >>= ** // @\n",
			"COLONEQUAL::= RARROW:-> DOUBLESTAREQUAL:**= DOUBLESLASHEQUAL://= ATEQUAL:@= ELLIPSIS:... NOTEQUAL:!= LEFTSHIFTEQUAL:<<= RIGHTSHIFTEQUAL:>>= DOUBLESTAR:** DOUBLESLASH:// AT:@ NEWLINE ENDMARKER"},
		{"implicit joining and NL", "x = (1,\n     2)\n\n", "NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, NL NUMBER:2 RPAR:) NEWLINE NL ENDMARKER"},
		{"backslash continuation", "x = 1 + \\\n  2\n", "NAME:x EQUAL:= NUMBER:1 PLUS:+ NUMBER:2 NEWLINE ENDMARKER"},
		{"comments", "# c\nx = 1  # d\n", "COMMENT:# c NL NAME:x EQUAL:= NUMBER:1 COMMENT:# d NEWLINE ENDMARKER"},
		{"indent and dedent", "if x:\n    if y:\n        z\nw\n",
			"NAME:if NAME:x COLON:: NEWLINE INDENT NAME:if NAME:y COLON:: NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT NAME:w NEWLINE ENDMARKER"},
		{"tab is 8 columns", "if x:\n\ty\n        z\n", "NAME:if NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE TabError"},
		{"no trailing newline", "x", "NAME:x NEWLINE ENDMARKER"},
		{"continuation-only line is blank", "x\n    \\\n\ny\n", "NAME:x NEWLINE NL NAME:y NEWLINE ENDMARKER"},
		{"f-string", "f'a{b!r:>{w}}c{{'\n",
			"FSTRING_START:f' FSTRING_MIDDLE:a LBRACE:{ NAME:b EXCLAMATION:! NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} RBRACE:} FSTRING_MIDDLE:c{{ FSTRING_END:' NEWLINE ENDMARKER"},
		{"f-string nested same quotes", "f'{d['k']}'\n",
			"FSTRING_START:f' LBRACE:{ NAME:d LSQB:[ STRING:'k' RSQB:] RBRACE:} FSTRING_END:' NEWLINE ENDMARKER"},
		{"f-string debug", "rf'{x = }'\n", "FSTRING_START:rf' LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:' NEWLINE ENDMARKER"},
		{"f-string format spec with colon-equals", "f'{x:=10}'\n", "FSTRING_START:f' LBRACE:{ NAME:x COLON:: FSTRING_MIDDLE:=10 RBRACE:} FSTRING_END:' NEWLINE ENDMARKER"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, errs := Tokenize("t", []byte(c.src))
			got := tokenString(r)
			if len(errs) > 0 {
				got = strings.TrimSpace(got[:strings.LastIndex(got, "ERRORTOKEN")] + errs[0].Kind)
				got = strings.ReplaceAll(got, " ERRORTOKEN:", " ")
			}
			if got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestTokenPositions checks positions on a multi-line token and a
// non-ASCII line (columns are UTF-8 byte offsets).
func TestTokenPositions(t *testing.T) {
	r, errs := Tokenize("t", []byte("é = '''a\nbc'''\n"))
	if len(errs) > 0 {
		t.Fatal(errs.Err())
	}
	want := []Token{
		{Kind: TName, Start: 0, End: 2, Line: 1, Col: 0, EndLine: 1, EndCol: 2},
		{Kind: TEqual, Start: 3, End: 4, Line: 1, Col: 3, EndLine: 1, EndCol: 4},
		{Kind: TString, Start: 5, End: 15, Line: 1, Col: 5, EndLine: 2, EndCol: 5},
	}
	for i, w := range want {
		if g := r.Tokens[i]; g != w {
			t.Errorf("token %d: got %+v, want %+v", i, g, w)
		}
	}
}
