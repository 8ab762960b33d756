package hints

import (
	"fmt"
	"sort"
	"strings"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
)

// Apply returns src with the edits made. Edits must not overlap; they may
// come in any order.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	lines := lineStarts(src)
	type abs struct {
		start, end int
		text       string
	}
	var as []abs
	for _, e := range edits {
		s, err := offset(src, lines, e.Range.Start)
		if err != nil {
			return nil, err
		}
		t, err := offset(src, lines, e.Range.End)
		if err != nil {
			return nil, err
		}
		if t < s {
			return nil, fmt.Errorf("edit range ends before it starts: %+v", e.Range)
		}
		as = append(as, abs{s, t, e.NewText})
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].start < as[j].start })
	var b strings.Builder
	prev := 0
	for i, a := range as {
		if a.start < prev {
			return nil, fmt.Errorf("edits overlap at byte %d", a.start)
		}
		if i > 0 && a.start == as[i-1].start && as[i-1].end > as[i-1].start {
			return nil, fmt.Errorf("edits overlap at byte %d", a.start)
		}
		b.Write(src[prev:a.start])
		b.WriteString(a.text)
		prev = a.end
	}
	b.Write(src[prev:])
	return []byte(b.String()), nil
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offset converts a Point to a byte offset; a point just past the last line
// (line count + 1, column 0) is the end of the file.
func offset(src []byte, starts []int, p Point) (int, error) {
	if p.Line == len(starts)+1 && p.Col == 0 {
		return len(src), nil
	}
	if p.Line < 1 || p.Line > len(starts) {
		return 0, fmt.Errorf("line %d out of range (1..%d)", p.Line, len(starts))
	}
	o := starts[p.Line-1] + p.Col
	if o > len(src) {
		return 0, fmt.Errorf("column %d past the end of line %d", p.Col, p.Line)
	}
	return o, nil
}

// insertAt is an edit inserting text at the start of a 1-based line.
func insertAt(line int, text string) Edit {
	return Edit{Range: Range{Start: Point{line, 0}, End: Point{line, 0}}, NewText: text}
}

// importPlan says how to make names from a module available.
type importPlan struct {
	refs map[string]string // how the code refers to each name: "njit" or "numba.njit"
	edit *Edit             // the import to add or extend, if any
}

// importNames plans the import of names from module, reusing what the file
// imports already: a name imported already is used as bound; an existing
// `from module import ...` is extended; with `import module` the names are
// used qualified; otherwise one new `from module import a, b` goes after the
// last top-level import (or after the docstring and __future__ imports).
func importNames(f *analysis.File, module string, names ...string) importPlan {
	plan := importPlan{refs: map[string]string{}}
	var missing []string
	for _, name := range names {
		found := false
		for bound, q := range f.Imports {
			if q == module+"."+name {
				plan.refs[name] = bound
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, name)
		}
	}
	if len(missing) == 0 {
		return plan
	}
	for _, s := range f.Module.Body {
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != module || imp.Level != 0 || len(imp.Names) == 0 {
			continue
		}
		for _, name := range missing {
			plan.refs[name] = name
		}
		last := imp.Names[len(imp.Names)-1]
		if last.Name == "*" {
			return plan
		}
		end := Point{last.EndLineno, last.EndColOffset}
		plan.edit = &Edit{Range: Range{Start: end, End: end}, NewText: ", " + strings.Join(missing, ", ")}
		return plan
	}
	for bound, q := range f.Imports {
		if q == module && bound == module {
			for _, name := range missing {
				plan.refs[name] = module + "." + name
			}
			return plan
		}
	}
	for _, name := range missing {
		plan.refs[name] = name
	}
	e := insertAt(importLine(f), "from "+module+" import "+strings.Join(missing, ", ")+"\n")
	plan.edit = &e
	return plan
}

// importModule plans `import module` (for cython, whose names are always
// used qualified).
func importModule(f *analysis.File, module string) importPlan {
	for bound, q := range f.Imports {
		if q == module {
			return importPlan{refs: map[string]string{module: bound}}
		}
	}
	e := insertAt(importLine(f), "import "+module+"\n")
	return importPlan{refs: map[string]string{module: module}, edit: &e}
}

// importLine is the line before which a new top-level import goes: after
// the last import of the leading block of imports, else after the module
// docstring and `from __future__` imports, else line 1.
func importLine(f *analysis.File) int {
	line := 1
	for i, s := range f.Module.Body {
		switch s := s.(type) {
		case *syntax.Import, *syntax.ImportFrom:
			line = s.Loc().EndLineno + 1
			continue
		case *syntax.ExprStmt:
			if c, ok := s.Value.(*syntax.Constant); ok && i == 0 {
				if _, isStr := c.Value.(string); isStr {
					line = s.EndLineno + 1
					continue
				}
			}
		}
		break
	}
	return line
}

// decoratorLine is where a new decorator of fn goes: above its existing
// decorators, at the def's indentation.
func decoratorLine(fn *analysis.Func) int {
	line := fn.Def.Lineno
	for _, d := range fn.Def.DecoratorList {
		// the decorator's expression starts after its '@'
		line = min(line, d.Loc().Lineno)
	}
	return line
}

// addDecorator is an edit putting `@text` above fn.
func addDecorator(f *analysis.File, fn *analysis.Func, text string) Edit {
	return insertAt(decoratorLine(fn), f.Indent(fn.Def.Lineno)+"@"+text+"\n")
}

// replaceSpan is an edit replacing the text of a node.
func replaceSpan(p *syntax.Pos, text string) Edit {
	return Edit{Range: span(p), NewText: text}
}

// merge adds an import edit unless an equal one is already there, so that
// a fix touching several functions imports once.
func merge(edits []Edit, plan importPlan) []Edit {
	if plan.edit == nil {
		return edits
	}
	for _, e := range edits {
		if e == *plan.edit {
			return edits
		}
	}
	return append(edits, *plan.edit)
}
