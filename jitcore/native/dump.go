package native

import (
	"fmt"
	"strings"
)

// Dump returns a readable listing of f, for debugging and test failures.
func (f *Func) Dump() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "func %s params %v\n", f.Name, f.Params)
	for _, b := range f.Blocks {
		fmt.Fprintf(&sb, "b%d:\n", b.Index)
		for _, in := range b.Instrs {
			fmt.Fprintf(&sb, "  %v dst=r%d a=r%d b=r%d imm=%d cond=%v id=%d args=%v state=%v",
				in.Op, in.Dst, in.A, in.B, in.Imm, in.Cond, in.ID, in.Args, in.State)
			for _, t := range in.Targets {
				if t != nil {
					fmt.Fprintf(&sb, " ->b%d", t.Index)
				}
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}
