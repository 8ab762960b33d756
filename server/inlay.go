package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
)

// minInlayShare is the least share of the run a function or line needs to
// get an inlay hint: below it the figures are noise.
const minInlayShare = 0.01

// inlayHints returns, in the requested range, each profiled function's and
// sampled line's share of time and JIT state, and the inferred types of
// unannotated variables, which a double-click inserts.
func (s *Server) inlayHints(ctx context.Context, raw json.RawMessage) (any, error) {
	var p InlayHintParams
	if err := params(raw, &p); err != nil {
		return nil, err
	}
	v, err := s.viewOf(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	defer v.release()
	out := []InlayHint{}
	if !v.settings.inlayHintsEnabled() {
		return out, nil
	}
	first, _ := v.snap.lines.FromLSP(lspPos(p.Range.Start))
	last, _ := v.snap.lines.FromLSP(lspPos(p.Range.End))
	in := func(line int) bool { return first <= line && line <= last }
	x := v.snap.lines
	lineEnd := func(line int) protocol.Position {
		return toProtoPos(x.ToLSP(line, len(strings.TrimRight(x.Line(line), " \t"))))
	}
	if v.prof != nil {
		for _, f := range v.prof.funcs {
			if !in(f.defLine) || f.time.Share < minInlayShare {
				continue
			}
			label := percent(f.time.Share) + " of run"
			if f.tier != "" {
				label += " · " + f.tier
			}
			if f.jit != "" {
				label += " · " + strings.SplitN(f.jit, ":", 2)[0]
			}
			if f.stale {
				label += " (stale)"
			}
			out = append(out, InlayHint{Position: defLineEnd(x, f.defLine), Label: label, PaddingLeft: true,
				Tooltip: &MarkupTooltip{Kind: protocol.Markdown, Value: tooltip(f)}})
		}
		for _, l := range v.prof.lines {
			if !in(l.line) || l.time.Share < minInlayShare {
				continue
			}
			if f := v.prof.funcByName(l.function); f != nil && f.defLine == l.line {
				continue // the function's hint is there already
			}
			label := percent(l.time.Share)
			if t := tierName(l.time); t != "" {
				label += " · " + t
			}
			if l.stale {
				label += " (stale)"
			}
			out = append(out, InlayHint{Position: lineEnd(l.line), Label: label, PaddingLeft: true})
		}
	}
	if file := v.snap.analysis().file; file != nil {
		out = append(out, typeHints(file, x, in)...)
	}
	return out, nil
}

// defLineEnd is the end of a def line (before a trailing comment's spaces).
func defLineEnd(x *syntax.LineIndex, line int) protocol.Position {
	return toProtoPos(x.ToLSP(line, len(strings.TrimRight(x.Line(line), " \t"))))
}

func tooltip(f funcResult) string {
	s := fmt.Sprintf("%s: %s of the run, %s", f.qualName, percent(f.time.Share), plural(f.time.Samples, "sample"))
	if f.jit != "" {
		s += "; JIT " + f.jit
	}
	return s
}

// typeHints are the inferred types of unannotated local variables, at
// their first assignment `name = value`; the hint's edit inserts the
// annotation.
func typeHints(file *analysis.File, x *syntax.LineIndex, in func(int) bool) []InlayHint {
	var out []InlayHint
	for _, fn := range file.Functions {
		for _, v := range fn.SortedVars() {
			if v.Param || v.Declared.Known() || fn.Globals[v.Name] || fn.Nonlocal[v.Name] || len(v.Assigns) == 0 {
				continue
			}
			a := v.Assigns[0]
			t := v.Type()
			if a.Value == nil || !in(a.Pos.Lineno) || !annotatable(t) {
				continue
			}
			line := x.Line(a.Pos.Lineno)
			col := a.Pos.ColOffset
			rest := line[min(col, len(line)):]
			if !strings.HasPrefix(rest, v.Name) {
				continue
			}
			after := strings.TrimLeft(rest[len(v.Name):], " \t")
			if !strings.HasPrefix(after, "=") || strings.HasPrefix(after, "==") {
				continue // not a plain `name = value` (chained or tuple target)
			}
			pos := toProtoPos(x.ToLSP(a.Pos.Lineno, col+len(v.Name)))
			text := ": " + t.String()
			out = append(out, InlayHint{
				Position:  pos,
				Label:     text,
				Kind:      InlayHintKindType,
				TextEdits: []protocol.TextEdit{{Range: protocol.Range{Start: pos, End: pos}, NewText: text}},
			})
		}
	}
	return out
}

// annotatable reports whether a type's name is a valid annotation.
func annotatable(t analysis.Type) bool {
	switch t.Kind {
	case analysis.Int, analysis.Float, analysis.Bool, analysis.Complex, analysis.Str, analysis.Bytes,
		analysis.List, analysis.Tuple, analysis.Dict, analysis.Set, analysis.Range:
		return true
	}
	return false
}
