package syntax

import (
	"strings"
	"testing"
)

// topNames lists the names bound or defined by a module's top-level
// statements, to see what survived error recovery.
func topNames(m *Module) []string {
	var out []string
	for _, s := range m.Body {
		switch s := s.(type) {
		case *FunctionDef:
			out = append(out, s.Name)
		case *ClassDef:
			out = append(out, s.Name)
		case *Assign:
			if n, ok := s.Targets[0].(*Name); ok {
				out = append(out, n.Id)
			}
		case *ExprStmt:
			out = append(out, "expr")
		}
	}
	return out
}

// TestRecovery parses half-typed code (in "two broken statements" CPython
// reports the later tokenizer error first, as we do): every error is reported and the
// statements around the broken ones stay in the tree.
func TestRecovery(t *testing.T) {
	cases := []struct {
		name, src string
		names     string // top-level statements that must survive
		errors    int
		first     string // first error's message
	}{
		{"unfinished def", "a = 1\ndef f(\nb = 2\ndef g():\n    return 1\n", "a g", 1, "'(' was never closed"},
		{"missing colon mid-file", "a = 1\nif a\n    c = 3\nb = 2\n", "a c b", 1, "expected ':'"},
		{"unclosed string", "a = 1\ns = 'abc\nb = 2\n", "a b", 1, "unterminated string literal (detected at line 2)"},
		{"two broken statements", "a = 1 +\nb = 2\nc = )\nd = 4\n", "a? b d", 2, "unmatched ')'"},
		{"unclosed bracket then class", "x = [1, 2\nclass C:\n    pass\ny = 3\n", "C y", 1, "'[' was never closed"},
		{"broken statement in a body", "def f():\n    x = = 1\n    return 2\ny = 1\n", "f y", 1, "invalid syntax"},
		{"unexpected indent", "a = 1\n    b = 2\nc = 3\n", "a b c", 1, "unexpected indent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mod, errs := Parse("t", []byte(c.src))
			if len(errs) != c.errors {
				t.Errorf("got %d errors %v, want %d", len(errs), errs, c.errors)
			}
			if len(errs) > 0 && errs[0].Msg != c.first {
				t.Errorf("first error %q, want %q", errs[0].Msg, c.first)
			}
			got := " " + strings.Join(topNames(mod), " ") + " "
			for _, want := range strings.Fields(c.names) {
				if strings.HasSuffix(want, "?") {
					continue
				}
				if !strings.Contains(got, " "+want+" ") {
					t.Errorf("statement %q missing from tree; have%s", want, got)
				}
			}
		})
	}
}

// TestDeepNesting: deeply nested input fails cleanly instead of
// exhausting the stack.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 10000) + "x" + strings.Repeat(")", 10000) + "\n",
		"x = " + strings.Repeat("-", 100000) + "1\n",
		"x = " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n",
	} {
		_, errs := Parse("t", []byte(src))
		if len(errs) == 0 {
			t.Errorf("no error for nesting of %d bytes", len(src))
		}
	}
	_, errs := Parse("t", []byte(strings.Repeat("(", 300)))
	if len(errs) == 0 || errs[0].Msg != "too many nested parentheses" {
		t.Errorf("got %v, want too many nested parentheses", errs.Err())
	}
}
