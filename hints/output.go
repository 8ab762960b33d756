package hints

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// JSONVersion is the version of the JSON document WriteJSON produces.
const JSONVersion = 1

// The JSON shapes: 1-based lines and 1-based columns counted in characters
// (Unicode code points), which is what people and most tools count.
type jsonDoc struct {
	Version int        `json:"version"`
	File    string     `json:"file"`
	Hints   []jsonHint `json:"hints"`
}

type jsonHint struct {
	Kind     Kind          `json:"kind"`
	Severity Severity      `json:"severity"`
	Range    jsonRange     `json:"range"`
	Function string        `json:"function,omitempty"`
	Message  string        `json:"message"`
	Evidence Evidence      `json:"evidence"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fixes    []jsonFix     `json:"fixes"`
}

type jsonRange struct {
	Start jsonPoint `json:"start"`
	End   jsonPoint `json:"end"`
}

type jsonPoint struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonRelated struct {
	Range   jsonRange `json:"range"`
	Message string    `json:"message"`
}

type jsonFix struct {
	Title string     `json:"title"`
	Safe  bool       `json:"safe"`
	Edits []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Range   jsonRange `json:"range"`
	NewText string    `json:"newText"`
}

// columns converts byte columns to character columns using the source.
type columns struct{ lines []string }

func newColumns(src []byte) columns { return columns{strings.Split(string(src), "\n")} }

// char returns the 1-based character column of a 0-based byte column.
func (c columns) char(line, byteCol int) int {
	if line < 1 || line > len(c.lines) {
		return byteCol + 1
	}
	l := c.lines[line-1]
	if byteCol > len(l) {
		return utf8.RuneCountInString(l) + 1 + (byteCol - len(l))
	}
	return utf8.RuneCountInString(l[:byteCol]) + 1
}

func (c columns) rng(r Range) jsonRange {
	return jsonRange{
		Start: jsonPoint{r.Start.Line, c.char(r.Start.Line, r.Start.Col)},
		End:   jsonPoint{r.End.Line, c.char(r.End.Line, r.End.Col)},
	}
}

// WriteJSON writes the hints of a file as the versioned JSON document of
// `jitlens hints --json`.
func WriteJSON(w io.Writer, file string, src []byte, hs []Hint) error {
	cols := newColumns(src)
	doc := jsonDoc{Version: JSONVersion, File: file, Hints: []jsonHint{}}
	for _, h := range hs {
		jh := jsonHint{Kind: h.Kind, Severity: h.Severity, Range: cols.rng(h.Range), Function: h.Function,
			Message: h.Message, Evidence: h.Evidence, Fixes: []jsonFix{}}
		for _, r := range h.Related {
			jh.Related = append(jh.Related, jsonRelated{Range: cols.rng(r.Range), Message: r.Message})
		}
		for _, f := range h.Fixes {
			jf := jsonFix{Title: f.Title, Safe: f.Safe, Edits: []jsonEdit{}}
			for _, e := range f.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{Range: cols.rng(e.Range), NewText: e.NewText})
			}
			jh.Fixes = append(jh.Fixes, jf)
		}
		doc.Hints = append(doc.Hints, jh)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// WriteText writes the hints as `FILE:LINE:COL: KIND: MESSAGE` lines (the
// format editors and compilers use), with each fix indented below its hint.
func WriteText(w io.Writer, file string, src []byte, hs []Hint) error {
	cols := newColumns(src)
	for _, h := range hs {
		r := cols.rng(h.Range)
		msg := strings.ReplaceAll(h.Message, "\n", "\n    ")
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", file, r.Start.Line, r.Start.Column, h.Kind, msg); err != nil {
			return err
		}
		for _, f := range h.Fixes {
			safe := "fix"
			if !f.Safe {
				safe = "fix (unsafe)"
			}
			if _, err := fmt.Fprintf(w, "    %s: %s\n", safe, f.Title); err != nil {
				return err
			}
			for _, e := range f.Edits {
				er := cols.rng(e.Range)
				text := strings.TrimSuffix(e.NewText, "\n")
				verb := "replace"
				if e.Range.Start == e.Range.End {
					verb = "insert"
				}
				if _, err := fmt.Fprintf(w, "      %d:%d: %s %q\n", er.Start.Line, er.Start.Column, verb, text); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// SafeEdits collects the edits of the safe fixes of the given kind (every
// kind when kind is ""), skipping fixes that would overlap ones already
// taken and import edits already present, so that they can be applied in one go.
func SafeEdits(hs []Hint, kind Kind, includeUnsafe bool) []Edit {
	var out []Edit
	for _, h := range hs {
		if kind != "" && h.Kind != kind {
			continue
		}
		for _, f := range h.Fixes {
			if !f.Safe && !includeUnsafe {
				continue
			}
			if conflicts(out, f.Edits) {
				continue
			}
			for _, e := range f.Edits {
				if !contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

func contains(es []Edit, e Edit) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// conflicts reports whether any edit of b overlaps a different edit of a.
func conflicts(a, b []Edit) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				continue
			}
			// insertions at one point are applied in order; only
			// overlapping replacements conflict
			if before(x.Range.Start, y.Range.End) && before(y.Range.Start, x.Range.End) {
				return true
			}
			// two fixes that each put a decorator on the same function
			// (@njit, @njit(parallel=True), @cython.locals) are
			// alternatives: stacking them would compile it twice
			if x.Range.Start == y.Range.Start && isDecorator(x.NewText) && isDecorator(y.NewText) {
				return true
			}
		}
	}
	return false
}

func isDecorator(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, " \t"), "@")
}

func before(p, q Point) bool { return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col }
