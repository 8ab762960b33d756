package server

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"jitlens/analysis/syntax"
)

// codeLenses puts "Profile" above each function (or the first line of a
// file without functions) and, after a profile, the function's measured
// share and JIT state.
func (s *Server) codeLenses(ctx context.Context, raw json.RawMessage) (any, error) {
	var p protocol.CodeLensParams
	if err := params(raw, &p); err != nil {
		return nil, err
	}
	v, err := s.viewOf(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	defer v.release()
	out := []protocol.CodeLens{}
	profileCmd := &protocol.Command{Title: "Profile", Command: cmdProfile, Arguments: []any{uriArg{URI: v.uri}}}
	file := v.snap.analysis().file
	if file == nil || len(file.Functions) == 0 {
		return append(out, protocol.CodeLens{Range: lineRange(v.snap.lines, 1), Command: profileCmd}), nil
	}
	for _, fn := range file.Functions {
		r := lineRange(v.snap.lines, fn.Def.Lineno)
		out = append(out, protocol.CodeLens{Range: r, Command: profileCmd})
		if v.prof == nil {
			continue
		}
		f := v.prof.funcByName(fn.QualName)
		if f == nil || f.defLine != fn.Def.Lineno {
			continue
		}
		title := percent(f.time.Share) + " of the run"
		if f.tier != "" {
			title += ", " + f.tier
		}
		if f.jit != "" {
			title += ", JIT " + f.jit
		}
		if f.stale {
			title += " (stale)"
		}
		// A lens that only informs: clicking it exports nothing; an empty
		// command id is how clients show a plain label.
		out = append(out, protocol.CodeLens{Range: r, Command: &protocol.Command{Title: title}})
	}
	return out, nil
}

// lineRange is the range of a whole 1-based line.
func lineRange(x *syntax.LineIndex, line int) protocol.Range {
	return protocol.Range{
		Start: toProtoPos(x.ToLSP(line, 0)),
		End:   toProtoPos(x.ToLSP(line, len(x.Line(line)))),
	}
}
