package syntax

import (
	"fmt"
	"math"
	"strings"
)

// Reparse parses src exactly as Parse(filename, []byte(src)) would, reusing
// prev, the tree Parse or Reparse returned for prevSrc, whose errors were
// prevErrs.
//
// When prevSrc parsed without errors, only the top-level statements the
// edit from prevSrc to src touched are tokenized and parsed again: the
// statements before them are shared with prev, the ones after are copied
// with their lines moved. The edited statements may now have errors, as
// long as those cannot reach beyond them (an unclosed bracket or string,
// a block cut short at their end, a line that would continue the
// statement above: then, and for a file that is not plain UTF-8 with "\n"
// line breaks, it parses the whole text). The result is the same tree and
// errors either way; the trees share nodes, so neither may be modified.
func Reparse(filename string, prev *Module, prevErrs ErrorList, prevSrc, src string) (mod *Module, errs ErrorList) {
	mod, errs, _, _ = ReparseOwned(filename, prev, prevErrs, prevSrc, src, nil)
	return mod, errs
}

// ReparseOwned is Reparse for a caller that may hand prev over to the
// result. owned[i] says that prev.Body[i] is the caller's alone: no other
// tree holds any node of it and nothing else reads it (nil: none is).
// When the new text parses without errors, prev is consumed: the owned
// statements below the edit are moved to their new lines in place rather
// than copied, and prev must not be read again (it may be part of mod,
// with other lines). Otherwise prev is left as it was, and may share
// statements with mod.
//
// own says the same as owned of mod's statements, on the assumption that
// prev is no longer read when consumed: the next call can take it.
func ReparseOwned(filename string, prev *Module, prevErrs ErrorList, prevSrc, src string, owned []bool) (mod *Module, errs ErrorList, own []bool, consumed bool) {
	if prev == nil || len(owned) != len(prev.Body) {
		owned = nil
	}
	r := &reparser{owned: owned}
	ok := false
	func() {
		// A bug in the incremental path must not take the editor down:
		// the whole-text parse still answers.
		defer func() {
			if rec := recover(); rec != nil {
				ok = false
			}
		}()
		mod, errs, own, ok = r.reparse(filename, prev, prevErrs, prevSrc, src)
	}()
	if ok {
		return mod, errs, own, r.consumed
	}
	mod, errs = Parse(filename, []byte(src))
	if mod != nil {
		own = make([]bool, len(mod.Body))
		for i := range own {
			own[i] = true // a tree of its own
		}
	}
	// A panic while moving statements in place leaves prev half moved:
	// it counts as consumed.
	return mod, errs, own, r.consumed
}

// reparser holds the ownership of one incremental parse.
type reparser struct {
	owned    []bool // of prev.Body; nil when prev is not handed over
	consumed bool   // prev was taken over (in place moves may have begun)
}

// maxWiden bounds how many times reparse widens the range it parses
// before it parses the whole text instead.
const maxWiden = 4

// rangeFailure says why parseRange's result cannot stand for the whole
// text's: and so on which side a wider range might help.
type rangeFailure int

const (
	rangeOK   rangeFailure = iota
	failStart              // the range's first token continues or fails the statement before it
	failEnd                // the range ends inside a statement, bracket or string, or an error lies at its end
	failOther              // no wider range helps (an internal error)
)

// region is where a run of top-level statements starts: the index of its
// first statement in Module.Body and the line its first token is on.
type region struct {
	stmt, line int
}

// reparse is Reparse's incremental path; ok is false when it does not
// apply and the text must be parsed whole.
func (r *reparser) reparse(filename string, prev *Module, prevErrs ErrorList, prevSrc, src string) (mod *Module, errs ErrorList, own []bool, ok bool) {
	if prev == nil || len(prevErrs) > 0 || len(prev.TypeIgnores) > 0 || len(prev.Body) == 0 {
		return nil, nil, nil, false
	}
	if !plainSource(prevSrc) || !plainSource(src) {
		return nil, nil, nil, false
	}
	// The edit: prevSrc[lo:oldEnd] became src[lo:newEnd].
	lo := commonPrefix(prevSrc, src)
	if lo == len(prevSrc) && lo == len(src) {
		r.consumed = r.owned != nil
		own = make([]bool, len(prev.Body))
		if r.consumed {
			copy(own, r.owned)
		}
		return prev, nil, own, true
	}
	hi := commonSuffix(prevSrc[lo:], src[lo:])
	oldEnd, newEnd := len(prevSrc)-hi, len(src)-hi

	regions := statementRegions(prev.Body)
	editLine := 1 + strings.Count(prevSrc[:lo], "\n")
	endLine := editLine + strings.Count(prevSrc[lo:oldEnd], "\n")
	// First region: the last one starting at or before the edit's line,
	// moved back past boundaries the text does not confirm.
	k := len(regions) - 1
	for regions[k].line > editLine {
		k--
	}
	editLineStart := strings.LastIndexByte(prevSrc[:lo], '\n') + 1
	start := lineStartBefore(prevSrc, editLineStart, editLine-regions[k].line)
	for k > 0 && !boundaryHolds(prevSrc, start, prev.Body[regions[k].stmt]) {
		k--
		start = lineStartBefore(prevSrc, start, regions[k+1].line-regions[k].line)
	}
	// Last region: the one holding the line where the edit ends (a region
	// starting right at the edit's end is included, as the edit may have
	// joined it to the line before).
	m := k
	for m+1 < len(regions) && regions[m+1].line <= endLine {
		m++
	}
	end := len(prevSrc) // where the first region after the edit starts
	if m+1 < len(regions) {
		endLineStart := strings.LastIndexByte(prevSrc[:oldEnd], '\n') + 1
		end = lineStartAfter(prevSrc, endLineStart, regions[m+1].line-endLine)
		for m+1 < len(regions) && !boundaryHolds(prevSrc, end, prev.Body[regions[m+1].stmt]) {
			m++
			if m+1 < len(regions) {
				end = lineStartAfter(prevSrc, end, regions[m+1].line-regions[m].line)
			} else {
				end = len(prevSrc)
			}
		}
	}
	// Parse the regions k..m of the new text. An edit whose effect reaches
	// past them (an unclosed bracket that swallows lines up to the next
	// statement keyword, a block header whose body would be the next
	// line, an 'else' continuing the statement above) gets one more region
	// on that side, a few times.
	var body []Stmt
	for try := 0; ; try++ {
		newStop := end + len(src) - len(prevSrc)
		if start > lo || newStop < newEnd || end < oldEnd {
			return nil, nil, nil, false // cannot happen: the regions cover the edit
		}
		var failed rangeFailure
		body, errs, failed = parseRange(filename, src[:newStop], start, regions[k].line, newStop == len(src))
		if failed == rangeOK {
			break
		}
		if try == maxWiden {
			return nil, nil, nil, false
		}
		switch {
		case failed == failStart && k > 0:
			k--
			start = lineStartBefore(prevSrc, start, regions[k+1].line-regions[k].line)
			for k > 0 && !boundaryHolds(prevSrc, start, prev.Body[regions[k].stmt]) {
				k--
				start = lineStartBefore(prevSrc, start, regions[k+1].line-regions[k].line)
			}
		case failed == failEnd && m+1 < len(regions):
			m++
			for {
				if m+1 == len(regions) {
					end = len(prevSrc)
					break
				}
				end = lineStartAfter(prevSrc, end, regions[m+1].line-regions[m].line)
				if boundaryHolds(prevSrc, end, prev.Body[regions[m+1].stmt]) {
					break
				}
				m++
			}
		default:
			return nil, nil, nil, false
		}
	}
	firstStmt, afterStmt := regions[k].stmt, len(prev.Body)
	if m+1 < len(regions) {
		afterStmt = regions[m+1].stmt
	}
	n := firstStmt + len(body) + len(prev.Body) - afterStmt
	out := make([]Stmt, 0, n)
	own = make([]bool, 0, n)
	// prev is taken over only by a result without errors: a version with
	// errors is not a base for the next parse, prev stays one.
	r.consumed = r.owned != nil && len(errs) == 0
	// shared reports whether the result owns prev's statement i when it
	// shares it with prev.
	shared := func(i int) bool { return r.consumed && r.owned[i] }
	out = append(out, prev.Body[:firstStmt]...)
	for i := range firstStmt {
		own = append(own, shared(i))
	}
	out = append(out, body...)
	for range body {
		own = append(own, true)
	}
	d := strings.Count(src[lo:newEnd], "\n") - strings.Count(prevSrc[lo:oldEnd], "\n")
	copier, mover := &shifter{d: d}, &shifter{d: d, inPlace: true}
	for i := afterStmt; i < len(prev.Body); i++ {
		st := prev.Body[i]
		switch {
		case d == 0:
			own = append(own, shared(i))
		case shared(i):
			st = mover.stmt(st) // no one else sees it: moved, not copied
			own = append(own, true)
		default:
			st = copier.stmt(st)
			own = append(own, true)
		}
		out = append(out, st)
	}
	return &Module{Body: out}, errs, own, true
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	const chunk = 64 // compared as strings, many bytes at a time
	for i+chunk <= n && a[i:i+chunk] == b[i:i+chunk] {
		i += chunk
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// commonSuffix returns the length of the longest common suffix of a and b.
func commonSuffix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	const chunk = 64
	for i+chunk <= n && a[len(a)-i-chunk:len(a)-i] == b[len(b)-i-chunk:len(b)-i] {
		i += chunk
	}
	for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	return i
}

// plainSource reports whether decoding src for the parser leaves it as it
// is: no NUL, no BOM, no "\r" line breaks, no coding other than UTF-8.
func plainSource(src string) bool {
	if strings.IndexByte(src, 0) >= 0 || strings.IndexByte(src, '\r') >= 0 || strings.HasPrefix(src, "\xEF\xBB\xBF") {
		return false
	}
	head := src
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		if j := strings.IndexByte(src[i+1:], '\n'); j >= 0 {
			head = src[:i+1+j+1]
		}
	}
	name, _ := codingCookie([]byte(head))
	if name == "" {
		return true
	}
	norm := normalEncodingName(name)
	return norm == "utf-8" || norm == "utf8"
}

// statementRegions returns the top-level statements where the tokenizer is
// known to start afresh, by the tree alone: the first statement, and each
// one that starts in column 0 on a line after the previous statement ended
// (a statement after ';' does not). boundaryHolds checks the text.
func statementRegions(body []Stmt) []region {
	regions := make([]region, 1, len(body)+1)
	regions[0] = region{0, 1}
	for i := 1; i < len(body); i++ {
		line, col := firstTokenLine(body[i])
		if col == 0 && line > body[i-1].Loc().EndLineno {
			regions = append(regions, region{i, line})
		}
	}
	return regions
}

// firstTokenLine returns the line of a statement's first token and the
// column its tree position gives that token: for a decorated definition,
// the first decorator's line with column 0 when its '@' is in column 0
// (checked on the text by boundaryHolds).
func firstTokenLine(st Stmt) (line, col int) {
	var decorators []Expr
	switch st := st.(type) {
	case *FunctionDef:
		decorators = st.DecoratorList
	case *AsyncFunctionDef:
		decorators = st.DecoratorList
	case *ClassDef:
		decorators = st.DecoratorList
	}
	if len(decorators) > 0 {
		p := decorators[0].Loc()
		if p.ColOffset < 1 {
			return p.Lineno, -1
		}
		return p.Lineno, 0
	}
	p := st.Loc()
	return p.Lineno, p.ColOffset
}

// boundaryHolds reports whether the line starting at off, where statement
// st starts, begins a logical line: the line before does not end in a
// backslash, and a decorated statement's line starts with its '@'.
func boundaryHolds(src string, off int, st Stmt) bool {
	if off >= 2 && src[off-2] == '\\' {
		return false
	}
	if off > 0 && src[off-1] != '\n' {
		return false
	}
	var decorated bool
	switch st := st.(type) {
	case *FunctionDef:
		decorated = len(st.DecoratorList) > 0
	case *AsyncFunctionDef:
		decorated = len(st.DecoratorList) > 0
	case *ClassDef:
		decorated = len(st.DecoratorList) > 0
	}
	return !decorated || off < len(src) && src[off] == '@'
}

// lineStartBefore returns the start of the line n lines before the line
// starting at off.
func lineStartBefore(src string, off, n int) int {
	for ; n > 0; n-- {
		off = strings.LastIndexByte(src[:off-1], '\n') + 1
	}
	return off
}

// lineStartAfter returns the start of the line n lines after the line
// starting at off.
func lineStartAfter(src string, off, n int) int {
	for ; n > 0; n-- {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	return off
}

// parseRange parses src[start:], which starts line number line, as a
// sequence of top-level statements with positions in src; src is a prefix
// of the whole text (whole: all of it). The result is what a parse of the
// whole text has there only if the range leaves the statements before it
// alone (its first token cannot continue them or fail their lookahead),
// ends where the tokenizer starts afresh with the parser at top level,
// and has its errors inside it, where their positions and line texts are
// those of the whole text; else failed says which end is at fault.
func parseRange(filename, src string, start, line int, whole bool) (body []Stmt, errs ErrorList, failed rangeFailure) {
	defer func() {
		if r := recover(); r != nil {
			body, errs, failed = nil, nil, failOther
		}
	}()
	if !whole && len(src) >= 2 && src[len(src)-2] == '\\' {
		return nil, nil, failEnd // a continuation into the next statement
	}
	t := newTokenizerAt(filename, src, false, start, line)
	t.run()
	defer func() { putTokens(t.toks) }()
	switch t.toks[0].Kind {
	case TIndent, TDedent, TError, KwElse, KwElif, KwExcept, KwFinally:
		return nil, nil, failStart
	}
	if !whole && !t.endedClean {
		return nil, nil, failEnd
	}
	for _, te := range t.errs {
		if int(t.toks[te.tok].End) >= len(src) && !whole {
			return nil, nil, failEnd // e.g. a string running to the end
		}
	}
	p := newParser(filename, src, t)
	root := p.parseRoot(ModeExec)
	errs = p.errorList()
	if p.unbalanced && !whole {
		return nil, nil, failEnd
	}
	if len(errs) > 0 {
		// The line where the range stops is the next statement's in the
		// whole text: an error there (at the range's end) would differ.
		stop := math.MaxInt
		if !whole {
			stop = line + strings.Count(src[start:], "\n")
		}
		for _, e := range errs {
			if e.Pos.Lineno < line {
				return nil, nil, failOther
			}
			if e.Pos.Lineno >= stop || e.Pos.EndLineno >= stop {
				return nil, nil, failEnd
			}
		}
	}
	m, isModule := root.(*Module)
	if !isModule {
		panic(fmt.Sprintf("syntax: parseRange got %T", root))
	}
	return m.Body, errs, rangeOK
}
