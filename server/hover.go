package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"
)

// hover shows, on a profiled function or a sampled line, the measured time,
// samples, tier, what the JIT did, the failed specializations and the
// suggested changes; on other lines, the hints that cover them.
func (s *Server) hover(ctx context.Context, raw json.RawMessage) (any, error) {
	var p protocol.HoverParams
	if err := params(raw, &p); err != nil {
		return nil, err
	}
	v, err := s.viewOf(string(p.TextDocument.URI))
	if err != nil {
		return nil, err
	}
	defer v.release()
	line, _ := v.snap.lines.FromLSP(lspPos(p.Position))
	md := v.hoverText(line)
	if md == "" {
		return nil, nil
	}
	return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: md}}, nil
}

// hoverText is the Markdown shown for a 1-based line, or "".
func (v *view) hoverText(line int) string {
	var b strings.Builder
	if v.prof != nil {
		if f := v.prof.funcAt(line); f != nil && line <= f.defLine {
			writeFuncHover(&b, f, v.prof)
		} else if l := v.prof.lineAt(line); l != nil {
			fmt.Fprintf(&b, "**line %d**: %s of the run, %s", line, percent(l.time.Share), plural(l.time.Samples, "sample"))
			if t := tierName(l.time); t != "" {
				fmt.Fprintf(&b, ", %s", t)
			}
			if l.time.IOShare >= 0.5 {
				b.WriteString(", mostly waiting on I/O")
			}
			b.WriteString("\n\n")
			if l.stale {
				b.WriteString("_Stale: the code changed since it was profiled._\n\n")
			}
			if f := v.prof.funcByName(l.function); f != nil {
				fmt.Fprintf(&b, "In `%s`: %s of the run", f.qualName, percent(f.time.Share))
				if f.jit != "" {
					fmt.Fprintf(&b, "; JIT: %s", f.jit)
				}
				b.WriteString("\n\n")
				for _, fs := range f.failed {
					if fs.line == line {
						fmt.Fprintf(&b, "- failed specialization: `%s` (%s)\n", fs.kind, plural(fs.count, "time"))
					}
				}
			}
		}
	}
	var suggestions []string
	for _, h := range v.hints() {
		if h.Range.Start.Line <= line && line <= h.Range.End.Line {
			text := fmt.Sprintf("- **%s**: %s", h.Kind, h.Message)
			if h.stale {
				text += staleNote
			} else {
				for _, fx := range h.Fixes {
					text += fmt.Sprintf("\n  - suggested change: %s", fx.Title)
				}
			}
			suggestions = append(suggestions, text)
		}
	}
	if len(suggestions) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.Join(suggestions, "\n"))
		b.WriteString("\n")
	}
	return strings.TrimSpace(b.String())
}

func writeFuncHover(b *strings.Builder, f *funcResult, p *profileView) {
	fmt.Fprintf(b, "**%s**: %s of the run (%s, %.1f ms", f.qualName, percent(f.time.Share), plural(f.time.Samples, "sample"), float64(f.time.WallNS)/1e6)
	if f.self.Samples != f.time.Samples {
		fmt.Fprintf(b, "; %s in its own code", percent(f.self.Share))
	}
	b.WriteString(")\n\n")
	if f.stale {
		b.WriteString("_Stale: the code changed since it was profiled; profile again to update._\n\n")
	}
	if f.tier != "" {
		fmt.Fprintf(b, "- tier: %s (%s native)\n", f.tier, percent(f.time.NativeShare))
	}
	if f.jit != "" {
		fmt.Fprintf(b, "- JIT: %s\n", f.jit)
	} else {
		b.WriteString("- JIT: not compiled (it did not become hot enough)\n")
	}
	if f.time.IOShare > 0 || f.time.SleepShare > 0 {
		fmt.Fprintf(b, "- waiting: %s on I/O, %s sleeping\n", percent(f.time.IOShare), percent(f.time.SleepShare))
	}
	for _, fs := range f.failed {
		fmt.Fprintf(b, "- failed specialization on line %d: `%s` (%s)\n", fs.line, fs.kind, plural(fs.count, "time"))
	}
	if p.summary.Status != "" && p.summary.Status != statusOK {
		fmt.Fprintf(b, "\nThe run did not complete (%s).\n", p.summary.Status)
	}
}
