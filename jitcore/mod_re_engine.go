package jitcore

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// reProgram is a translated pattern with its Go regexps compiled lazily per
// use: search or anchored match, from the start of the subject or from a
// later position, and how a non-MULTILINE `$` must be read.
type reProgram struct {
	tr       *reTranslation
	mu       sync.Mutex
	variants map[string]*regexp.Regexp
}

// Ways a program is run.
const (
	reSearch = iota
	reMatch
	reFull
)

var (
	reProgramsMu sync.Mutex
	rePrograms   = map[string]*reProgram{}
)

// reCompileProgram translates pattern (cached by text, kind and flags).
func reCompileProgram(pattern string, flags int, isBytes bool) (*reProgram, error) {
	key := pattern + "\x00" + string(rune(flags))
	if isBytes {
		key += "b"
	}
	reProgramsMu.Lock()
	p := rePrograms[key]
	reProgramsMu.Unlock()
	if p != nil {
		return p, nil
	}
	tr, err := translateRegexp(pattern, flags, isBytes)
	if err != nil {
		return nil, err
	}
	p = &reProgram{tr: tr, variants: map[string]*regexp.Regexp{}}
	// compile the plain search variant now so that an RE2 limit is reported
	// by compile(), not by the first search
	if _, err := p.variant(reSearch, false, `\z`); err != nil {
		return nil, err
	}
	reProgramsMu.Lock()
	if len(rePrograms) > 512 {
		rePrograms = map[string]*reProgram{}
	}
	rePrograms[key] = p
	reProgramsMu.Unlock()
	return p, nil
}

// variant returns the Go regexp for one way of running the program. When
// shifted, the subject starts one character before the search position (so
// that ^, \b and MULTILINE anchors see their context) and group 1 wraps the
// whole pattern.
func (p *reProgram) variant(kind int, shifted bool, dollar string) (*regexp.Regexp, error) {
	key := string(rune('0'+kind)) + dollar
	if shifted {
		key += "+"
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if r := p.variants[key]; r != nil {
		return r, nil
	}
	body := strings.ReplaceAll(p.tr.goPat, dollarPlaceholder, dollar)
	if kind == reFull {
		// fullmatch ends at the end of the text, so `$` can only match there
		body = strings.ReplaceAll(body, finalDollarPlaceholder, `\z`)
	} else {
		body = strings.ReplaceAll(body, finalDollarPlaceholder, `(\n?\z)`)
	}
	var src string
	switch {
	case kind == reSearch && !shifted:
		src = body
	case kind == reSearch:
		src = `\A(?s:.)(?s:.*?)(` + body + `)`
	case !shifted:
		src = `\A(?:` + body + `)`
	default:
		src = `\A(?s:.)(` + body + `)`
	}
	if kind == reFull {
		src += `\z`
	}
	r, err := regexp.Compile(src)
	if err != nil {
		return nil, reGoError(err)
	}
	p.variants[key] = r
	return r, nil
}

// reGoError turns an error from Go's regexp compiler (reached only by
// limits of RE2) into a re.error.
func reGoError(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "expression too large") || strings.Contains(msg, "nesting depth") {
		return &reSyntaxError{Msg: "jitlens does not support patterns this large (RE2's size limit) in regular expressions", Pos: -1}
	}
	return &reSyntaxError{Msg: "jitlens cannot translate this pattern for RE2: " + msg, Pos: -1}
}

// reSubject is the text searched: str as UTF-8, bytes decoded as Latin-1
// so that every byte is one character.
type reSubject struct {
	text    string
	isBytes bool
	ascii   bool
	nchars  int
	starts  []int // byte offset of each character, plus len(text)
	toChar  []int32
	orig    Value
}

func newReSubject(text string, isBytes bool, orig Value) *reSubject {
	s := &reSubject{text: text, isBytes: isBytes, orig: orig, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			s.ascii = false
			break
		}
	}
	if s.ascii {
		s.nchars = len(text)
		return s
	}
	s.toChar = make([]int32, len(text)+1)
	for i := range text {
		s.toChar[i] = int32(len(s.starts))
		s.starts = append(s.starts, i)
	}
	s.nchars = len(s.starts)
	s.starts = append(s.starts, len(text))
	s.toChar[len(text)] = int32(s.nchars)
	return s
}

func (s *reSubject) byteAt(ch int) int {
	if s.ascii {
		return ch
	}
	return s.starts[ch]
}

func (s *reSubject) charAt(b int) int {
	if s.ascii {
		return b
	}
	return int(s.toChar[b])
}

// slice returns characters [i, j) as a str or bytes value.
func (s *reSubject) slice(i, j int) Value {
	t := s.text[s.byteAt(i):s.byteAt(j)]
	if s.isBytes {
		return Obj(&Bytes{b: latin1Encode(t)})
	}
	return Str(t)
}

func latin1Decode(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b)
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func latin1Encode(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// exec runs the program on subject characters [pos, endpos). It returns
// the spans in characters (2 per group, -1 for a group that did not take
// part) or nil.
func (p *reProgram) exec(s *reSubject, pos, endpos, kind int) ([]int, error) {
	if endpos > s.nchars {
		endpos = s.nchars
	}
	if pos < 0 {
		pos = 0
	}
	if pos > endpos {
		return nil, nil
	}
	text := s.text[:s.byteAt(endpos)]
	shifted := pos > 0
	off := 0
	if shifted {
		off = s.byteAt(pos - 1)
	}
	dollar := `\z`
	if p.tr.hasDollar && strings.HasSuffix(text, "\n") {
		if strings.Count(text[off:], "\n") > 1 {
			return nil, &reSyntaxError{Msg: `jitlens does not support '$' without MULTILINE on text with more than one line (use \Z or re.MULTILINE) in regular expressions`, Pos: -1}
		}
		dollar = `(?m:$)`
	}
	if p.tr.wordBound && !s.ascii && !isASCIIString(text[off:]) {
		return nil, &reSyntaxError{Msg: `jitlens does not support \b or \B on non-ASCII text (RE2 word boundaries are ASCII-only) in regular expressions`, Pos: -1}
	}
	r, err := p.variant(kind, shifted, dollar)
	if err != nil {
		return nil, err
	}
	loc := r.FindStringSubmatchIndex(text[off:])
	if loc == nil {
		return nil, nil
	}
	if shifted {
		loc = loc[2:]
	}
	if p.tr.finalDollar && kind != reFull {
		loc = dropHiddenDollar(loc)
	}
	out := make([]int, len(loc))
	for i, b := range loc {
		if b < 0 {
			out[i] = -1
		} else {
			out[i] = s.charAt(b + off)
		}
	}
	return out, nil
}

// dropHiddenDollar removes the last group, the hidden `(\n?\z)` of a final
// `$`: when it took the text's last newline, the match and the groups that
// end with it end before that newline, where CPython's `$` matched.
func dropHiddenDollar(loc []int) []int {
	n := len(loc) - 2
	hs, he := loc[n], loc[n+1]
	loc = loc[:n]
	if hs >= 0 && he > hs {
		for i := 1; i < n; i += 2 {
			if loc[i] == he {
				loc[i] = hs
			}
		}
	}
	return loc
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nonEmptyAt reports whether some match starting at pos is not empty; it
// is the check that keeps iteration after an empty match honest (CPython
// then looks for a non-empty match at the same position, which RE2 cannot
// enumerate).
func (p *reProgram) nonEmptyAt(s *reSubject, pos, endpos int) (bool, error) {
	r, err := p.variant(reMatch, pos > 0, `\z`)
	if err != nil {
		return false, err
	}
	longest := r.Copy()
	longest.Longest()
	text := s.text[:s.byteAt(min(endpos, s.nchars))]
	off := 0
	if pos > 0 {
		off = s.byteAt(pos - 1)
	}
	loc := longest.FindStringSubmatchIndex(text[off:])
	if loc == nil {
		return false, nil
	}
	if pos > 0 {
		loc = loc[2:]
	}
	if p.tr.finalDollar {
		loc = dropHiddenDollar(loc)
	}
	return loc[1] > loc[0], nil
}

// iterate calls fn for each successive match, following CPython 3.7+:
// an empty match may follow a non-empty one, and after an empty match the
// search resumes one character later.
func (p *reProgram) iterate(s *reSubject, pos, endpos, limit int, fn func(span []int) error) error {
	if endpos > s.nchars {
		endpos = s.nchars
	}
	mustAdvance := false
	n := 0
	for pos <= endpos && (limit <= 0 || n < limit) {
		span, err := p.exec(s, pos, endpos, reSearch)
		if err != nil {
			return err
		}
		if span == nil {
			return nil
		}
		if mustAdvance && span[0] == pos && span[1] == pos {
			ok, err := p.nonEmptyAt(s, pos, endpos)
			if err != nil {
				return err
			}
			if ok {
				return &reSyntaxError{Msg: "jitlens does not support a non-empty match right after an empty match at the same position in regular expressions", Pos: -1}
			}
			pos++
			if pos > endpos {
				return nil
			}
			span, err = p.exec(s, pos, endpos, reSearch)
			if err != nil || span == nil {
				return err
			}
		}
		if err := fn(span); err != nil {
			return err
		}
		n++
		mustAdvance = span[1] == span[0]
		pos = span[1]
	}
	return nil
}
