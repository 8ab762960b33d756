package jitcore

import (
	"io"
	"strings"
	"unicode/utf8"

	bc "jitlens/jitcore/bytecode"
)

// excTypeName is the name a traceback prints for an exception class.
func excTypeName(t *Type) string {
	mod := t.Module
	if v, ok := t.Dict.getStr("__module__"); ok {
		if s, ok := asStr(v); ok {
			mod = s
		}
	}
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return t.QualName
	}
	return mod + "." + t.QualName
}

// printException writes exc with its chain as CPython 3.11 does.
func (vm *VM) printException(w io.Writer, exc *Exception) {
	seen := map[*Exception]bool{}
	if chainHasGroup(exc, map[*Exception]bool{}) {
		ctx := &excPrintCtx{seen: seen}
		vm.formatExcTree(ctx, exc)
		io.WriteString(w, ctx.out.String())
		return
	}
	vm.printChain(w, exc, seen)
}

func (vm *VM) printChain(w io.Writer, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if c, ok := exc.cause.o.(*Exception); ok && exc.cause.k == kObj && !seen[c] {
		vm.printChain(w, c, seen)
		io.WriteString(w, "\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.context != nil && !exc.suppress && !seen[exc.context] {
		vm.printChain(w, exc.context, seen)
		io.WriteString(w, "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	vm.printOne(w, exc)
}

func (vm *VM) printOne(w io.Writer, exc *Exception) {
	io.WriteString(w, vm.tbText(exc, "Traceback (most recent call last):\n")+vm.excOnlyText(exc))
}

// tbText is the header and the frames of exc's traceback ("" without one).
func (vm *VM) tbText(exc *Exception, header string) string {
	var sb strings.Builder
	if len(exc.tb) > 0 {
		sb.WriteString(header)
		var lastFile, lastName string
		lastLine, repeats := -1, 0
		flush := func() {
			if repeats > 3 {
				n := repeats - 3
				sb.WriteString(sprintf("  [Previous line repeated %d more time%s]\n", n, plural(n, "", "s")))
			}
		}
		for i := len(exc.tb) - 1; i >= 0; i-- {
			e := exc.tb[i]
			if isLibraryCode(e.code.Filename) { // modules jitlens implements (import_registry.go)
				continue
			}
			loc := e.code.Locs[e.pc]
			line := int(loc.Line)
			if e.code.Filename == lastFile && line == lastLine && e.code.Name == lastName {
				repeats++
				if repeats > 3 {
					continue
				}
			} else {
				flush()
				lastFile, lastLine, lastName = e.code.Filename, line, e.code.Name
				repeats = 1
			}
			sb.WriteString(sprintf("  File \"%s\", line %d, in %s\n", e.code.Filename, line, e.code.Name))
			writeSourceLine(&sb, e.code, loc)
		}
		flush()
	}
	return sb.String()
}

// excOnlyText is the "Type: message" line of exc with its notes.
func (vm *VM) excOnlyText(exc *Exception) string {
	var sb strings.Builder
	sb.WriteString(vm.excLastLine(exc))
	if s := vm.suggestion(exc); s != "" {
		sb.WriteString(". Did you mean: '" + s + "'?")
	}
	sb.WriteString("\n")
	if exc.dict != nil {
		if notes, ok := exc.dict.getStr("__notes__"); ok {
			if l, ok := asList(notes); ok {
				for _, n := range l.values() {
					s, _ := vm.str(n)
					sb.WriteString(s + "\n")
				}
			}
		}
	}
	return sb.String()
}

func (vm *VM) excLastLine(exc *Exception) string {
	name := excTypeName(exc.cls)
	msg, err := vm.str(Obj(exc))
	if err != nil {
		return name + ": <exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func charCol(line string, byteCol int) int {
	if byteCol > len(line) {
		byteCol = len(line)
	}
	if byteCol < 0 {
		return 0
	}
	return utf8.RuneCountInString(line[:byteCol])
}

// writeSourceLine writes the source line of loc and, when it helps, the
// caret line under the failing sub-expression (CPython 3.11 rules).
func writeSourceLine(sb *strings.Builder, code *bc.Code, loc bc.Loc) {
	ln := int(loc.Line)
	if strings.HasPrefix(code.Filename, "<") || ln < 1 || ln > len(code.SourceLines) {
		return
	}
	raw := code.SourceLines[ln-1]
	stripped := strings.TrimLeft(raw, " \t\f")
	stripped = strings.TrimRight(stripped, " \t\f\r\n")
	if stripped == "" {
		return
	}
	sb.WriteString("    " + stripped + "\n")
	if loc.Col < 0 || loc.EndLine < loc.Line {
		return
	}
	lead := utf8.RuneCountInString(raw) - utf8.RuneCountInString(strings.TrimLeft(raw, " \t\f"))
	start := charCol(raw, int(loc.Col))
	var end int
	if loc.EndLine != loc.Line {
		end = lead + utf8.RuneCountInString(stripped)
	} else {
		end = charCol(raw, int(loc.EndCol))
	}
	if end <= start {
		return
	}
	var leftEnd, rightStart int
	anchors := false
	if loc.EndLine == loc.Line && loc.AnchorKind != 0 {
		seg := raw[loc.Col:min(int(loc.EndCol), len(raw))]
		switch loc.AnchorKind {
		case 1:
			l := int(loc.AnchorLeft - loc.Col)
			r := int(loc.AnchorRight - loc.Col)
			if l >= 0 && r <= len(seg) && l <= r {
				opStr := seg[l:r]
				off := len(opStr) - len(strings.TrimLeft(opStr, " \t\f\r\n\\"))
				leftAnchor := l + off
				rightAnchor := leftAnchor + 1
				if off+1 < len(opStr) && !strings.ContainsRune(" \t\n\r\f", rune(opStr[off+1])) {
					rightAnchor++
				}
				leftEnd, rightStart = charCol(seg, leftAnchor), charCol(seg, rightAnchor)
				anchors = true
			}
		case 2:
			l := int(loc.AnchorLeft - loc.Col)
			r := int(loc.AnchorRight-loc.Col) + 1
			if l >= 0 && r <= len(seg) {
				leftEnd, rightStart = charCol(seg, l), charCol(seg, r)
				anchors = true
			}
		}
	}
	if end-start >= utf8.RuneCountInString(stripped) && !(anchors && rightStart-leftEnd > 0) {
		return
	}
	sb.WriteString("    ")
	sb.WriteString(strings.Repeat(" ", max(0, start-lead)))
	if anchors {
		sb.WriteString(strings.Repeat("~", leftEnd))
		sb.WriteString(strings.Repeat("^", rightStart-leftEnd))
		sb.WriteString(strings.Repeat("~", max(0, end-start-rightStart)))
	} else {
		sb.WriteString(strings.Repeat("^", end-start))
	}
	sb.WriteString("\n")
}
