package server

import (
	"context"
	"encoding/json"
	"strings"

	"go.lsp.dev/protocol"

	"jitlens/hints"
)

// codeActions offers each hint's fixes as quick fixes (preferred where
// safe), one source action applying every safe fix, and "Export pprof
// profile" once the document has a profile.
func (s *Server) codeActions(ctx context.Context, raw json.RawMessage) (any, error) {
	var p protocol.CodeActionParams
	if err := params(raw, &p); err != nil {
		return nil, err
	}
	v, err := s.viewOf(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	defer v.release()
	wants := func(k protocol.CodeActionKind) bool {
		if len(p.Context.Only) == 0 {
			return true
		}
		for _, o := range p.Context.Only {
			if k == o || strings.HasPrefix(string(k), string(o)+".") {
				return true
			}
		}
		return false
	}
	first, _ := v.snap.lines.FromLSP(lspPos(p.Range.Start))
	last, _ := v.snap.lines.FromLSP(lspPos(p.Range.End))
	out := []protocol.CodeAction{}
	shown := v.hints()
	src := []byte(v.snap.text)
	if wants(protocol.QuickFix) {
		for _, h := range shown {
			if h.Range.End.Line < first || h.Range.Start.Line > last {
				continue
			}
			diag := v.hintDiagnostic(h)
			for _, fx := range h.Fixes {
				a := protocol.CodeAction{
					Title:       fx.Title,
					Kind:        protocol.QuickFix,
					Diagnostics: []protocol.Diagnostic{diag},
					IsPreferred: fx.Safe && !h.stale,
				}
				switch {
				case h.stale:
					a.Disabled = &protocol.CodeActionDisable{Reason: "the code changed since it was profiled: profile again"}
				case !applies(src, fx.Edits):
					a.Disabled = &protocol.CodeActionDisable{Reason: "the edit no longer fits the text: profile again"}
				default:
					a.Edit = v.workspaceEdit(fx.Edits)
				}
				out = append(out, a)
			}
		}
	}
	if wants(fixAllKind) {
		var fresh []hints.Hint
		for _, h := range shown {
			if !h.stale {
				fresh = append(fresh, h.Hint)
			}
		}
		edits := hints.SafeEdits(fresh, "", false)
		a := protocol.CodeAction{Title: "jitlens: apply all safe fixes", Kind: fixAllKind}
		switch {
		case len(edits) == 0:
			a.Disabled = &protocol.CodeActionDisable{Reason: "no safe fix to apply"}
		case !applies(src, edits):
			a.Disabled = &protocol.CodeActionDisable{Reason: "the edits no longer fit the text: profile again"}
		default:
			a.Edit = v.workspaceEdit(edits)
		}
		out = append(out, a)
	}
	if v.prof != nil && v.prof.hasPprof && wants(exportKind) && v.path != "" {
		out = append(out, protocol.CodeAction{
			Title: "Export pprof profile",
			Kind:  exportKind,
			Command: &protocol.Command{
				Title: "Export pprof profile", Command: cmdExportProfile,
				Arguments: []any{exportArg{URI: v.uri, Path: strings.TrimSuffix(v.path, ".py") + ".pb.gz"}},
			},
		})
	}
	return out, nil
}

// applies reports whether edits apply to src and leave it parseable as
// far as hints.Apply checks (ranges inside the text, no overlaps).
func applies(src []byte, edits []hints.Edit) bool {
	_, err := hints.Apply(src, edits)
	return err == nil
}

// workspaceEdit converts edits in the syntax convention to a WorkspaceEdit.
func (v *view) workspaceEdit(edits []hints.Edit) *protocol.WorkspaceEdit {
	tes := make([]protocol.TextEdit, 0, len(edits))
	for _, e := range edits {
		tes = append(tes, protocol.TextEdit{Range: protoRange(v.snap.lines, e.Range), NewText: e.NewText})
	}
	return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{protocol.DocumentURI(v.uri): tes}}
}
