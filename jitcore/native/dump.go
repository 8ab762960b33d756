package native

import (
	"fmt"
	"os"
	"path/filepath"
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
			if in.mark != 0 {
				fmt.Fprintf(&sb, " mark=%d", in.mark-1)
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// dumpDir is where Compile writes each function's IR (NAME.ir) and machine
// code (NAME.bin, for `objdump -D -b binary -mi386:x86-64`) when the
// JITLENS_NATIVE_DUMP environment variable names a directory: a debugging
// aid for reading the code a real program gets.
var dumpDir = os.Getenv("JITLENS_NATIVE_DUMP")

// dumpCompiled writes f and its code to dumpDir (errors are ignored: it is
// a debugging aid).
func dumpCompiled(f *Func, al *allocation, code []byte) {
	if dumpDir == "" {
		return
	}
	name := strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r == '<' || r == '>' {
			return '_'
		}
		return r
	}, f.Name)
	var sb strings.Builder
	sb.WriteString(f.Dump())
	sb.WriteString("locations:\n")
	for r, l := range al.loc {
		fmt.Fprintf(&sb, "  r%d %v kind=%d reg=%d imm=%d\n", r, f.Types[r], l.kind, l.reg, l.imm)
	}
	os.WriteFile(filepath.Join(dumpDir, name+".ir"), []byte(sb.String()), 0o644)
	os.WriteFile(filepath.Join(dumpDir, name+".bin"), code, 0o644)
}
