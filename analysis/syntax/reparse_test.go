package syntax

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
)

// reparseFragments are texts the random edits insert: statement starts and
// ends, brackets, strings, indentation, continuations, decorators — what
// moves or breaks a statement boundary.
var reparseFragments = []string{
	"\n", "\n\n", "x", "count", " ", "    ", "\t", "(", ")", "[", "]", "{", "}", ":", ";", ",",
	"\\", "\\\n", "#", "# c\n", "'", "\"", "'''", "\"\"\"", "f'{", "}'", "@", "@dec\n",
	"else:\n    pass\n", "elif x:\n", "except:\n", "finally:\n    pass\n", "case 1:\n",
	"x = 1\n", "def f():\n    pass\n", "class K:\n    x = 1\n", "if x:\n    y = 2\n",
	"    return 1\n", "async ", "await ", "lambda: 0", "yield", "match x:\n    case _:\n        pass\n",
	"\r\n", "\xef\xbb\xbf", "# coding: latin-1\n", "\x00", "é", "😀",
}

// reparseEdit is one random edit of src: bytes [lo, hi) replaced by text.
// Positions favour line starts and ends, where statement boundaries are.
func reparseEdit(r *rand.Rand, src string) (lo, hi int, text string) {
	pick := func() int {
		if len(src) == 0 {
			return 0
		}
		i := r.Intn(len(src) + 1)
		switch r.Intn(3) {
		case 0: // start of that line
			return strings.LastIndexByte(src[:i], '\n') + 1
		case 1: // end of that line
			if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
				return i + j
			}
			return len(src)
		}
		return i
	}
	lo = pick()
	hi = lo
	switch r.Intn(7) {
	case 4: // duplicate the line, as copy and paste does
		start := strings.LastIndexByte(src[:lo], '\n') + 1
		end := len(src)
		if j := strings.IndexByte(src[lo:], '\n'); j >= 0 {
			end = lo + j + 1
		}
		line := src[start:end]
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		return start, start, line
	case 5: // a new empty line, as Enter at a line's end does
		if j := strings.IndexByte(src[lo:], '\n'); j >= 0 {
			return lo + j, lo + j, "\n"
		}
		return len(src), len(src), "\n"
	case 6: // retype a letter of a name
		for i := lo; i < len(src); i++ {
			if c := src[i]; c >= 'a' && c <= 'z' {
				return i, i + 1, string(rune('a' + r.Intn(26)))
			}
		}
	case 0: // delete
		hi = min(len(src), lo+1+r.Intn(40))
	case 1: // replace
		hi = min(len(src), lo+r.Intn(10))
		text = reparseFragments[r.Intn(len(reparseFragments))]
	case 2: // delete whole lines
		if j := strings.IndexByte(src[lo:], '\n'); j >= 0 {
			hi = lo + j + 1
		}
	default: // insert
		text = reparseFragments[r.Intn(len(reparseFragments))]
	}
	// Keep UTF-8 whole: move lo and hi off continuation bytes.
	for lo > 0 && lo < len(src) && src[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(src) && hi > lo && src[hi]&0xC0 == 0x80 {
		hi++
	}
	return lo, hi, text
}

// reparseCorpus returns valid sources to edit.
func reparseCorpus(t testing.TB) map[string]string {
	corpus, err := os.ReadFile("testdata/reparse/corpus.py")
	if err != nil {
		t.Fatal(err)
	}
	var bench strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&bench, "\ndef work_%d(n, xs):\n    total = 0\n    for i in range(n):\n        total += i * 0.5\n    return total\n", i)
	}
	return map[string]string{
		"corpus.py":    string(corpus),
		"generated.py": string(generatedFile(4000)),
		"functions.py": bench.String(),
	}
}

// checkReparse fails unless Reparse of src from prev equals a full parse,
// and leaves prev as it was. It returns the new tree and errors and
// whether the incremental path was taken.
func checkReparse(t *testing.T, prev *Module, prevErrs ErrorList, prevSrc, src string) (*Module, ErrorList, bool) {
	t.Helper()
	before := Dump(prev, true)
	_, _, _, incremental := (&reparser{}).reparse("edit.py", prev, prevErrs, prevSrc, src)
	got, gotErrs := Reparse("edit.py", prev, prevErrs, prevSrc, src)
	want, wantErrs := Parse("edit.py", []byte(src))
	checkReparseOwned(t, prevSrc, src, want, wantErrs)
	if g, w := Dump(got, true), Dump(want, true); g != w {
		t.Fatalf("Reparse (incremental %v) differs from Parse\nbefore: %q\nafter:  %q\ngot:  %s\nwant: %s", incremental, prevSrc, src, g, w)
	}
	if g, w := fmtErrs(gotErrs), fmtErrs(wantErrs); g != w {
		t.Fatalf("Reparse errors differ from Parse\nbefore: %q\nafter:  %q\ngot:  %s\nwant: %s", prevSrc, src, g, w)
	}
	if after := Dump(prev, true); after != before {
		t.Fatalf("Reparse changed the previous tree\nbefore: %q\nafter:  %q", prevSrc, src)
	}
	return got, gotErrs, incremental
}

// checkReparseOwned fails unless ReparseOwned of src from a tree of
// prevSrc handed over whole equals a full parse (want, wantErrs), and
// leaves that tree as it was when it does not consume it.
func checkReparseOwned(t *testing.T, prevSrc, src string, want *Module, wantErrs ErrorList) {
	t.Helper()
	prev, prevErrs := Parse("edit.py", []byte(prevSrc))
	before := Dump(prev, true)
	owned := make([]bool, len(prev.Body))
	for i := range owned {
		owned[i] = true
	}
	got, gotErrs, own, consumed := ReparseOwned("edit.py", prev, prevErrs, prevSrc, src, owned)
	if g, w := Dump(got, true), Dump(want, true); g != w {
		t.Fatalf("ReparseOwned differs from Parse\nbefore: %q\nafter:  %q\ngot:  %s\nwant: %s", prevSrc, src, g, w)
	}
	if g, w := fmtErrs(gotErrs), fmtErrs(wantErrs); g != w {
		t.Fatalf("ReparseOwned errors differ from Parse\nbefore: %q\nafter:  %q\ngot:  %s\nwant: %s", prevSrc, src, g, w)
	}
	if got != nil && len(own) != len(got.Body) {
		t.Fatalf("ReparseOwned: %d ownership marks for %d statements", len(own), len(got.Body))
	}
	if consumed && len(gotErrs) > 0 {
		t.Fatalf("ReparseOwned consumed the previous tree for a result with errors\nbefore: %q\nafter:  %q", prevSrc, src)
	}
	if !consumed && Dump(prev, true) != before {
		t.Fatalf("ReparseOwned changed a previous tree it did not consume\nbefore: %q\nafter:  %q", prevSrc, src)
	}
}

func fmtErrs(errs ErrorList) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "%s|%s|%s|%v|%q\n", e.Filename, e.Kind, e.Msg, e.Pos, e.Text)
	}
	return b.String()
}

// TestReparseRandomEdits applies chains of random edits to valid files and
// checks each Reparse against a full parse. The seed is fixed, so the run
// is the same every time.
func TestReparseRandomEdits(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	incremental, total := 0, 0
	for name, src0 := range reparseCorpus(t) {
		mod0, errs0 := Parse(name, []byte(src0))
		if len(errs0) > 0 {
			t.Fatalf("%s does not parse: %v", name, errs0.Err())
		}
		for chain := 0; chain < 100; chain++ {
			src, mod, errs := src0, mod0, errs0
			for step := 0; step < 4; step++ {
				lo, hi, text := reparseEdit(r, src)
				next := src[:lo] + text + src[hi:]
				var inc bool
				clean := len(errs) == 0
				mod, errs, inc = checkReparse(t, mod, errs, src, next)
				src = next
				if clean && plainSource(next) {
					total++
					if inc {
						incremental++
					}
				}
			}
		}
	}
	// The incremental path must actually be exercised: it should serve
	// most edits of a valid file, broken or not by the edit.
	if incremental < total/2 {
		t.Errorf("only %d of %d reparses of edited valid files were incremental", incremental, total)
	}
	t.Logf("%d of %d reparses of edited valid files incremental", incremental, total)
}

// TestShift checks the copy with moved lines against a parse of the same
// text lower down, for every kind of node in the corpus, and that the
// original tree is left as it was.
func TestShift(t *testing.T) {
	for name, src := range reparseCorpus(t) {
		mod, errs := Parse(name, []byte(src))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", name, errs.Err())
		}
		before := Dump(mod, true)
		shift := func(m *Module, d int) *Module {
			s := &shifter{d: d}
			out := &Module{Body: make([]Stmt, len(m.Body))}
			for i, st := range m.Body {
				out.Body[i] = s.stmt(st)
			}
			return out
		}
		for _, d := range []int{1, 3} {
			lower, _ := Parse(name, []byte(strings.Repeat("\n", d)+src))
			got := shift(mod, d)
			if g, w := Dump(got, true), Dump(lower, true); g != w {
				t.Errorf("%s moved %d lines:\n%s\nwant\n%s", name, d, g, w)
			}
			if back := shift(got, -d); Dump(back, true) != before {
				t.Errorf("%s moved %d lines and back differs", name, d)
			}
		}
		if Dump(mod, true) != before {
			t.Errorf("%s: shifting changed the original tree", name)
		}
	}
}

// TestReparseCases checks edits at statement boundaries one by one.
func TestReparseCases(t *testing.T) {
	tests := []struct {
		name, before, after string
		incremental         bool
	}{
		{"same text", "x = 1\ny = 2\n", "x = 1\ny = 2\n", true},
		{"edit in a statement", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = 22\nz = 3\n", true},
		{"new line moves the rest", "x = 1\ny = 2\nz = [3,\n 4]\n", "x = 1\n\ny = 2\nz = [3,\n 4]\n", true},
		{"delete a line", "x = 1\ny = 2\nz = 3\n", "x = 1\nz = 3\n", true},
		{"else joins the if above", "if x:\n    pass\ny = 2\n", "if x:\n    pass\nelse:\n    y = 2\n", true},
		{"indent into the function", "def f():\n    pass\ny = 2\nz = 3\n", "def f():\n    pass\n    y = 2\nz = 3\n", true},
		{"open bracket swallows the rest", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = (2\nz = 3\n", true}, // widened to the end
		{"open bracket past what widening covers", "x = 1\ny = 2\na = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\n", "x = 1\ny = (2\na = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\n", false},
		{"open bracket up to a def", "x = 1\ny = 2\nz = 3\ndef f():\n    pass\nw = 4\n", "x = 1\ny = (2\nz = 3\ndef f():\n    pass\nw = 4\n", true},
		{"open bracket in the first statement of the file", "y = 2\nz = 3\n", "y = (2\nz = 3\n", true},    // widened to the end
		{"open string swallows the rest", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = '''2\nz = 3\n", true},      // widened to the end
		{"continuation joins the next line", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = 2 + \\\nz = 3\n", true}, // widened to the end
		{"semicolon statements", "a = 1; b = 2\nc = 3\n", "a = 1; b = 5\nc = 3\n", true},
		{"decorated function after the edit", "x = 1\n@dec\ndef f():\n    pass\n", "x = 2\n\n@dec\ndef f():\n    pass\n", true},
		{"decorator continued", "x = 1\n@\\\ndec\ndef f():\n    pass\ny = 3\n", "x = 2\n@\\\ndec\ndef f():\n    pass\ny = 3\n", true},
		{"join two lines: an error inside", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = 2z = 3\n", true},
		{"unfinished block: an error inside", "if x:\n    y = 1\nz = 3\n", "if x:\nz = 3\n", true},
		{"unfinished block at the end of the range", "if y: pass\nz = 3\n", "if y:\nz = 3\n", true}, // widened to the end
		{"unfinished block at the end of the file", "x = 1\nif x:\n    y = 1\n", "x = 1\nif x:\n", true},
		{"error token first", "if x:\n    pass\ny = 2\n", "if x:\n    pass\n$y = 2\n", true}, // widened to the end
		{"unterminated string", "x = 1\ny = 2\nz = 3\n", "x = 1\ny = 'abc\nz = 3\n", true},
		{"coding cookie added", "x = 1\ny = 'é'\n", "# coding: latin-1\nx = 1\ny = 'é'\n", false},
		{"last line without newline", "x = 1\ny = 2", "x = 1\ny = 3", true},
		{"error before", "x = (\ny = 2\n", "x = (\ny = 3\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prev, prevErrs := Parse("edit.py", []byte(tc.before))
			_, _, inc := checkReparse(t, prev, prevErrs, tc.before, tc.after)
			if inc != tc.incremental {
				t.Errorf("incremental = %v, want %v", inc, tc.incremental)
			}
		})
	}
}

// FuzzReparse checks Reparse against Parse for an edit of a file. Run it
// with -fuzzminimizetime 1x: minimizing each new input of a few thousand
// bytes otherwise takes most of the time.
func FuzzReparse(f *testing.F) {
	for _, src := range reparseCorpus(f) {
		f.Add(src[:min(len(src), 2000)], 100, 5, "count")
		f.Add(src[:min(len(src), 2000)], 0, 0, "\n")
	}
	f.Fuzz(func(t *testing.T, src string, at, n int, text string) {
		if len(src) > 1<<14 || at < 0 || n < 0 {
			return
		}
		at = min(at, len(src))
		hi := min(len(src), at+n)
		prev, prevErrs := Parse("edit.py", []byte(src))
		checkReparse(t, prev, prevErrs, src, src[:at]+text+src[hi:])
	})
}

// BenchmarkReparse edits one statement of a 5,000-line file.
func BenchmarkReparse(b *testing.B) {
	var src strings.Builder
	for i := 0; src.Len() < 160_000; i++ {
		fmt.Fprintf(&src, "\ndef work_%d(n, xs):\n    total = 0\n    for i in range(n):\n        total += i * 0.5\n    return total\n", i)
	}
	text := src.String()
	prev, errs := Parse("b.py", []byte(text))
	at := len(text) / 2
	at = strings.Index(text[at:], "total = 0") + at
	for _, tc := range []struct{ name, edit string }{{"same-lines", "count = 0"}, {"new-line", "count = 0\n"}} {
		next := text[:at] + tc.edit + text[at+len("total = 0"):]
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, _, ok := (&reparser{}).reparse("b.py", prev, errs, text, next); !ok {
					b.Fatal("not incremental")
				}
			}
		})
	}
}

// nodePkg is the package path of the tree's nodes.
var nodePkg = reflect.TypeOf(Module{}).PkgPath()

// nodePointers adds to seen the address of every node reachable from v (a
// node, or a slice or field holding nodes) and returns the first address
// reached twice, or 0: a tree is a tree, not a graph, or moving its
// statements in place would move a shared node twice.
func nodePointers(v reflect.Value, seen map[uintptr]bool) uintptr {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return nodePointers(v.Elem(), seen)
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		if v.Elem().Kind() != reflect.Struct || v.Elem().Type().PkgPath() != nodePkg {
			return 0 // e.g. a *big.Int constant: never written to
		}
		if seen[v.Pointer()] {
			return v.Pointer()
		}
		seen[v.Pointer()] = true
		return nodePointers(v.Elem(), seen)
	case reflect.Slice:
		for i := range v.Len() {
			if p := nodePointers(v.Index(i), seen); p != 0 {
				return p
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if p := nodePointers(v.Field(i), seen); p != 0 {
				return p
			}
		}
	}
	return 0
}

// TestParseTreeNotShared checks that no node of a parsed tree is reachable
// twice, which moving statements in place relies on.
func TestParseTreeNotShared(t *testing.T) {
	for name, src := range reparseCorpus(t) {
		mod, _ := Parse(name, []byte(src))
		if p := nodePointers(reflect.ValueOf(mod.Body), map[uintptr]bool{}); p != 0 {
			t.Errorf("%s: a node is reachable twice", name)
		}
	}
}

// TestReparseOwnedChains types chains of random edits as the language
// server does: each version is parsed from the last version without
// errors, which is handed over (consumed) when the new one has none. Each
// result must equal a full parse; a tree not consumed must stay as it
// was; and a statement the result says it owns must share no node with a
// tree still in use (the unconsumed base).
func TestReparseOwnedChains(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	moved := 0
	for name, src0 := range reparseCorpus(t) {
		if name == "generated.py" {
			continue // large: the other two cover the node kinds
		}
		for chain := 0; chain < 40; chain++ {
			base, _ := Parse(name, []byte(src0))
			baseSrc := src0
			baseOwn := make([]bool, len(base.Body))
			for i := range baseOwn {
				baseOwn[i] = true
			}
			src := src0
			for step := 0; step < 6; step++ {
				lo, hi, text := reparseEdit(r, src)
				next := src[:lo] + text + src[hi:]
				before := Dump(base, true)
				got, errs, own, consumed := ReparseOwned(name, base, nil, baseSrc, next, baseOwn)
				want, wantErrs := Parse(name, []byte(next))
				if g, w := Dump(got, true), Dump(want, true); g != w {
					t.Fatalf("%s: ReparseOwned differs from Parse\nbefore: %q\nafter:  %q", name, baseSrc, next)
				}
				if g, w := fmtErrs(errs), fmtErrs(wantErrs); g != w {
					t.Fatalf("%s: errors differ\ngot:  %s\nwant: %s", name, g, w)
				}
				if p := nodePointers(reflect.ValueOf(got.Body), map[uintptr]bool{}); p != 0 {
					t.Fatalf("%s: a node of the result is reachable twice", name)
				}
				if !consumed {
					if Dump(base, true) != before {
						t.Fatalf("%s: a base not consumed was changed", name)
					}
					// The base is still in use: what the result owns
					// must not reach it.
					inBase := map[uintptr]bool{}
					nodePointers(reflect.ValueOf(base.Body), inBase)
					for i, st := range got.Body {
						if own[i] {
							mine := map[uintptr]bool{}
							nodePointers(reflect.ValueOf(st), mine)
							for p := range mine {
								if inBase[p] {
									t.Fatalf("%s: statement %d owned but shared with the base", name, i)
								}
							}
						}
					}
				} else {
					moved++
				}
				src = next
				if len(errs) == 0 {
					base, baseSrc, baseOwn = got, next, own
				} else if consumed {
					t.Fatalf("%s: consumed for a result with errors", name)
				}
			}
		}
	}
	if moved == 0 {
		t.Error("no edit consumed its base")
	}
	t.Logf("%d edits consumed their base", moved)
}
