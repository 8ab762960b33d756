package jitcore

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pystr"
)

// Python's re flag bits (the values of re.IGNORECASE etc.).
const (
	reFlagTemplate = 1
	reIgnoreCase   = 2
	reLocale       = 4
	reMultiline    = 8
	reDotAll       = 16
	reUnicode      = 32
	reVerbose      = 64
	reDebug        = 128
	reASCII        = 256
)

// reSyntaxError is a pattern error: Msg is CPython's wording, Pos the code
// point index in the pattern (-1 when there is none).
type reSyntaxError struct {
	Msg string
	Pos int
}

func (e *reSyntaxError) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// reUnsupported builds the error for a construct RE2 cannot express (pos,
// where the construct starts, is not part of the message).
func reUnsupported(construct string, pos int) *reSyntaxError {
	return &reSyntaxError{Msg: "jitlens does not support " + construct + " in regular expressions", Pos: -1}
}

// dollarPlaceholder marks a `$` outside MULTILINE mode; it is replaced when
// the subject is known (see reDollarFor).
const dollarPlaceholder = "\x00$\x00"

// finalDollarPlaceholder marks a non-MULTILINE `$` that only closing
// parentheses follow: it becomes a hidden group `(\n?\z)` whose start is
// where CPython's `$` matched (see reProgram.exec).
const finalDollarPlaceholder = "\x00$$\x00"

// reTranslation is a Python pattern rewritten for Go's regexp.
type reTranslation struct {
	goPat      string // with dollarPlaceholder for non-MULTILINE `$`
	flags      int    // the final flags (inline flags merged in)
	groups     int
	groupIndex map[string]int
	groupNames []string // by group number - 1, "" for unnamed
	// groupParent is the innermost capturing group enclosing each group
	// (0 for none), by group number - 1.
	groupParent []int
	hasDollar   bool // a non-final, non-MULTILINE `$` occurs
	finalDollar bool // a final non-MULTILINE `$` occurs
	wordBound   bool // \b or \B in Unicode mode occurs
}

// Classes of characters as CPython defines them for str patterns.
const (
	reUniDigit     = `\p{Nd}`
	reUniWordBody  = `\p{L}\p{N}_`
	reUniSpaceBody = `\t\n\v\f\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
	reASCIIWord    = `0-9A-Za-z_`
	reASCIISpace   = `\t\n\v\f\r `
)

type reTranslator struct {
	src   []rune
	i     int
	out   strings.Builder
	res   *reTranslation
	bytes bool
	// flags in effect; scoped groups push and pop them.
	flags    int
	stack    []int
	openPos  []int
	lastAtom int // 0 nothing to repeat, 1 atom, 2 quantified
	// capture holds, per open parenthesis, its group number (0 when it
	// does not capture).
	capture []int
}

// translateRegexp rewrites a Python pattern (str, or bytes decoded as
// Latin-1 when isBytes) for Go's regexp.
func translateRegexp(pattern string, flags int, isBytes bool) (*reTranslation, error) {
	t := &reTranslator{src: []rune(pattern), bytes: isBytes, res: &reTranslation{groupIndex: map[string]int{}}}
	if err := t.scanGlobalFlags(&flags); err != nil {
		return nil, err
	}
	if isBytes {
		if flags&reUnicode != 0 {
			return nil, &reSyntaxError{Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
	} else if flags&reASCII == 0 {
		flags |= reUnicode
	} else if flags&reUnicode != 0 {
		return nil, &reSyntaxError{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	if flags&reLocale != 0 {
		return nil, reUnsupported("the LOCALE flag", 0)
	}
	t.flags = flags
	t.res.flags = flags
	if flags&reIgnoreCase != 0 {
		t.out.WriteString("(?i)")
	}
	if err := t.sequence(); err != nil {
		return nil, err
	}
	t.res.goPat = t.out.String()
	return t.res, nil
}

// scanGlobalFlags finds inline global flags such as (?i) anywhere at the
// top of the pattern; CPython 3.11 accepts them only at the start.
func (t *reTranslator) scanGlobalFlags(flags *int) error {
	for i := 0; i+2 < len(t.src); i++ {
		c := t.src[i]
		if c == '\\' {
			i++
			continue
		}
		if c == '[' {
			// skip the class
			j := i + 1
			if j < len(t.src) && t.src[j] == '^' {
				j++
			}
			if j < len(t.src) && t.src[j] == ']' {
				j++
			}
			for j < len(t.src) && t.src[j] != ']' {
				if t.src[j] == '\\' {
					j++
				}
				j++
			}
			i = j
			continue
		}
		if c != '(' || t.src[i+1] != '?' {
			continue
		}
		j := i + 2
		var f int
		for j < len(t.src) && strings.ContainsRune("aiLmsux", t.src[j]) {
			f |= reFlagBit(t.src[j])
			j++
		}
		if j == i+2 || j >= len(t.src) || t.src[j] != ')' {
			continue
		}
		if i != 0 {
			return &reSyntaxError{Msg: "global flags not at the start of the expression", Pos: i}
		}
		*flags |= f
	}
	return nil
}

func reFlagBit(c rune) int {
	switch c {
	case 'a':
		return reASCII
	case 'i':
		return reIgnoreCase
	case 'L':
		return reLocale
	case 'm':
		return reMultiline
	case 's':
		return reDotAll
	case 'u':
		return reUnicode
	case 'x':
		return reVerbose
	}
	return 0
}

func (t *reTranslator) eof() bool { return t.i >= len(t.src) }

func (t *reTranslator) peek() rune {
	if t.eof() {
		return -1
	}
	return t.src[t.i]
}

// skipVerbose skips whitespace and comments in VERBOSE mode.
func (t *reTranslator) skipVerbose() {
	if t.flags&reVerbose == 0 {
		return
	}
	for !t.eof() {
		c := t.src[t.i]
		switch {
		case c == '#':
			for !t.eof() && t.src[t.i] != '\n' {
				t.i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t.i++
		default:
			return
		}
	}
}

// sequence translates up to the end of the pattern or an unmatched `)`.
func (t *reTranslator) sequence() error {
	for {
		t.skipVerbose()
		if t.eof() {
			if len(t.openPos) > 0 {
				return &reSyntaxError{Msg: "missing ), unterminated subpattern", Pos: t.openPos[len(t.openPos)-1]}
			}
			return nil
		}
		start := t.i
		c := t.src[t.i]
		switch c {
		case '(':
			if err := t.group(); err != nil {
				return err
			}
		case ')':
			if len(t.openPos) == 0 {
				return &reSyntaxError{Msg: "unbalanced parenthesis", Pos: start}
			}
			t.i++
			t.openPos = t.openPos[:len(t.openPos)-1]
			t.capture = t.capture[:len(t.capture)-1]
			t.flags = t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.out.WriteByte(')')
			t.lastAtom = 1
		case '|':
			t.i++
			t.out.WriteByte('|')
			t.lastAtom = 0
		case '*', '+', '?', '{':
			ok, err := t.quantifier()
			if err != nil {
				return err
			}
			if !ok { // a literal `{`
				t.i++
				t.out.WriteString(`\{`)
				t.lastAtom = 1
			}
		case '[':
			if err := t.class(); err != nil {
				return err
			}
			t.lastAtom = 1
		case '.':
			t.i++
			if t.flags&reDotAll != 0 {
				t.out.WriteString(`(?s:.)`)
			} else {
				t.out.WriteString(`[^\n]`)
			}
			t.lastAtom = 1
		case '^':
			t.i++
			if t.flags&reMultiline != 0 {
				t.out.WriteString(`(?m:^)`)
			} else {
				t.out.WriteString(`\A`)
			}
			t.lastAtom = 0
		case '$':
			t.i++
			if t.flags&reMultiline != 0 {
				t.out.WriteString(`(?m:$)`)
			} else if t.onlyClosingFollows() && !t.res.finalDollar {
				t.out.WriteString(finalDollarPlaceholder)
				t.res.finalDollar = true
			} else {
				t.out.WriteString(dollarPlaceholder)
				t.res.hasDollar = true
			}
			t.lastAtom = 0
		case '\\':
			if err := t.escape(); err != nil {
				return err
			}
		default:
			t.i++
			t.literal(c)
			t.lastAtom = 1
		}
	}
}

// onlyClosingFollows reports whether the rest of the pattern holds only
// closing parentheses (and, in VERBOSE mode, whitespace and comments).
func (t *reTranslator) onlyClosingFollows() bool {
	save := t.i
	defer func() { t.i = save }()
	for {
		t.skipVerbose()
		if t.eof() {
			return true
		}
		if t.src[t.i] != ')' {
			return false
		}
		t.i++
	}
}

// literal writes one character matched literally.
func (t *reTranslator) literal(c rune) {
	if c < 0x80 && strings.ContainsRune(`\.+*?()|[]{}^$`, c) {
		t.out.WriteByte('\\')
		t.out.WriteRune(c)
		return
	}
	if c < 0x20 || c == 0x7f || !utf8.ValidRune(c) {
		fmt.Fprintf(&t.out, `\x{%x}`, c)
		return
	}
	t.out.WriteRune(c)
}

// quantifier translates *, +, ?, {m,n} and their lazy forms; it reports
// false for a `{` that is a literal.
func (t *reTranslator) quantifier() (bool, error) {
	start := t.i
	c := t.src[t.i]
	var text string
	if c == '{' {
		j := t.i + 1
		lo := ""
		for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
			lo += string(t.src[j])
			j++
		}
		hi, comma := lo, false
		if j < len(t.src) && t.src[j] == ',' {
			comma = true
			j++
			hi = ""
			for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
				hi += string(t.src[j])
				j++
			}
		}
		if j >= len(t.src) || t.src[j] != '}' || (lo == "" && !comma) {
			return false, nil
		}
		if lo == "" {
			lo = "0"
		}
		nlo, _ := strconv.Atoi(lo)
		nhi := -1
		if hi != "" {
			nhi, _ = strconv.Atoi(hi)
			if nhi < nlo {
				return false, &reSyntaxError{Msg: "min repeat greater than max repeat", Pos: start + 1 + len([]rune(lo)) + 1}
			}
		}
		if nlo > 1000 || nhi > 1000 {
			return false, reUnsupported("repetition counts above 1000", start)
		}
		switch {
		case !comma:
			text = "{" + lo + "}"
		case hi == "":
			text = "{" + lo + ",}"
		default:
			text = "{" + lo + "," + hi + "}"
		}
		t.i = j + 1
	} else {
		text = string(c)
		t.i++
	}
	switch t.lastAtom {
	case 0:
		return false, &reSyntaxError{Msg: "nothing to repeat", Pos: start}
	case 2:
		return false, &reSyntaxError{Msg: "multiple repeat", Pos: start}
	}
	if !t.eof() && t.src[t.i] == '?' {
		t.i++
		text += "?"
	} else if !t.eof() && t.src[t.i] == '+' {
		return false, reUnsupported("possessive quantifiers ("+string(t.src[start:t.i+1])+")", start)
	}
	t.out.WriteString(text)
	t.lastAtom = 2
	return true, nil
}

// group translates a parenthesized construct.
func (t *reTranslator) group() error {
	start := t.i
	t.i++
	push := func(newFlags int) {
		t.capture = append(t.capture, 0)
		t.stack = append(t.stack, t.flags)
		t.openPos = append(t.openPos, start)
		t.flags = newFlags
		t.lastAtom = 0
	}
	if t.peek() != '?' {
		t.newGroup("")
		t.out.WriteByte('(')
		push(t.flags)
		t.capture[len(t.capture)-1] = t.res.groups
		return nil
	}
	t.i++
	if t.eof() {
		return &reSyntaxError{Msg: "unexpected end of pattern", Pos: t.i}
	}
	c := t.src[t.i]
	switch c {
	case ':':
		t.i++
		t.out.WriteString("(?:")
		push(t.flags)
		return nil
	case 'P':
		t.i++
		if t.peek() == '<' {
			t.i++
			name, err := t.groupName('>')
			if err != nil {
				return err
			}
			if prev, ok := t.res.groupIndex[name]; ok {
				return &reSyntaxError{Msg: fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), t.res.groups+1, prev), Pos: start + 4}
			}
			t.newGroup(name)
			t.out.WriteString("(?P<" + reGoGroupName(t.res.groups) + ">")
			push(t.flags)
			t.capture[len(t.capture)-1] = t.res.groups
			return nil
		}
		if t.peek() == '=' {
			return reUnsupported("backreferences (?P=name)", start)
		}
		if t.eof() {
			return &reSyntaxError{Msg: "unexpected end of pattern", Pos: t.i}
		}
		return &reSyntaxError{Msg: "unknown extension ?P" + string(t.src[t.i]), Pos: start + 1}
	case '=':
		return reUnsupported("lookahead (?=...)", start)
	case '!':
		return reUnsupported("negative lookahead (?!...)", start)
	case '<':
		if t.i+1 < len(t.src) {
			switch t.src[t.i+1] {
			case '=':
				return reUnsupported("lookbehind (?<=...)", start)
			case '!':
				return reUnsupported("negative lookbehind (?<!...)", start)
			}
		}
		if t.i+1 < len(t.src) {
			return &reSyntaxError{Msg: "unknown extension ?<" + string(t.src[t.i+1]), Pos: start + 1}
		}
		return &reSyntaxError{Msg: "unexpected end of pattern", Pos: t.i + 1}
	case '>':
		return reUnsupported("atomic groups (?>...)", start)
	case '(':
		return reUnsupported("conditional groups (?(...)...)", start)
	case '#':
		for !t.eof() && t.src[t.i] != ')' {
			t.i++
		}
		if t.eof() {
			return &reSyntaxError{Msg: "missing ), unterminated comment", Pos: start}
		}
		t.i++
		return nil
	}
	// inline flags: (?aiLmsux) global (already merged) or (?flags-flags:...)
	on, off := 0, 0
	for !t.eof() && strings.ContainsRune("aiLmsux", t.src[t.i]) {
		on |= reFlagBit(t.src[t.i])
		t.i++
	}
	if t.peek() == '-' {
		t.i++
		for !t.eof() && strings.ContainsRune("imsx", t.src[t.i]) {
			off |= reFlagBit(t.src[t.i])
			t.i++
		}
		if off == 0 {
			return &reSyntaxError{Msg: "missing flag", Pos: t.i}
		}
	}
	if t.eof() {
		return &reSyntaxError{Msg: "missing -, : or )", Pos: t.i}
	}
	switch t.src[t.i] {
	case ')':
		if off != 0 {
			return &reSyntaxError{Msg: "missing :", Pos: t.i}
		}
		if on == 0 {
			return &reSyntaxError{Msg: "unknown extension ?" + string(c), Pos: start + 1}
		}
		t.i++ // global flags, applied before translation
		return nil
	case ':':
		if on&reLocale != 0 {
			return reUnsupported("the LOCALE flag", start)
		}
		t.i++
		nf := (t.flags | on) &^ off
		if on&reASCII != 0 {
			nf &^= reUnicode
		}
		if on&reUnicode != 0 {
			nf &^= reASCII
		}
		t.out.WriteString("(?")
		if on&reIgnoreCase != 0 {
			t.out.WriteString("i")
		}
		if off&reIgnoreCase != 0 {
			t.out.WriteString("-i")
		}
		t.out.WriteString(":")
		push(nf)
		return nil
	}
	if on == 0 && off == 0 {
		return &reSyntaxError{Msg: "unknown extension ?" + string(t.src[t.i]), Pos: start + 1}
	}
	return &reSyntaxError{Msg: "unknown flag", Pos: t.i}
}

// newGroup numbers a new capturing group and records its parent.
func (t *reTranslator) newGroup(name string) {
	parent := 0
	for k := len(t.capture) - 1; k >= 0; k-- {
		if t.capture[k] != 0 {
			parent = t.capture[k]
			break
		}
	}
	t.res.groups++
	t.res.groupNames = append(t.res.groupNames, name)
	t.res.groupParent = append(t.res.groupParent, parent)
	if name != "" {
		t.res.groupIndex[name] = t.res.groups
	}
}

// reGoGroupName is the name a group gets in the Go pattern: Python names
// may hold characters Go rejects, so groups are renamed by number.
func reGoGroupName(n int) string { return "g" + strconv.Itoa(n) }

// groupName reads a group name up to end.
func (t *reTranslator) groupName(end rune) (string, error) {
	start := t.i
	for !t.eof() && t.src[t.i] != end {
		t.i++
	}
	if t.eof() {
		if t.i == start {
			return "", &reSyntaxError{Msg: "missing group name", Pos: start}
		}
		return "", &reSyntaxError{Msg: "missing >, unterminated name", Pos: start}
	}
	name := string(t.src[start:t.i])
	t.i++
	if name == "" {
		return "", &reSyntaxError{Msg: "missing group name", Pos: start}
	}
	if !isIdentifier(name) {
		return "", &reSyntaxError{Msg: "bad character in group name " + pyQuote(name), Pos: start}
	}
	return name, nil
}

// isIdentifier reports whether s is a Python identifier.
func isIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || pystr.IsAlphaRune(r) || (i > 0 && pystr.IsDigitRune(r)) {
			continue
		}
		return false
	}
	return s != ""
}

// pyQuote quotes s as Python's repr of a str does.
func pyQuote(s string) string { return pystr.Repr(s) }

// escape translates a backslash sequence outside a class.
func (t *reTranslator) escape() error {
	start := t.i
	t.i++
	if t.eof() {
		return &reSyntaxError{Msg: "bad escape (end of pattern)", Pos: start}
	}
	c := t.src[t.i]
	t.i++
	t.lastAtom = 1
	unicode := t.flags&reUnicode != 0
	switch c {
	case 'A':
		t.out.WriteString(`\A`)
		t.lastAtom = 0
	case 'Z':
		t.out.WriteString(`\z`)
		t.lastAtom = 0
	case 'b', 'B':
		if unicode {
			t.res.wordBound = true
		}
		t.out.WriteByte('\\')
		t.out.WriteRune(c)
		t.lastAtom = 0
	case 'd', 'D', 'w', 'W', 's', 'S':
		t.out.WriteString(t.classEscape(c, false))
	default:
		if c >= '1' && c <= '9' {
			// \10 and up may be an octal escape: \1 to \99 are groups unless
			// three octal digits follow.
			if c <= '7' && t.i+1 < len(t.src) && isOctal(t.src[t.i]) && isOctal(t.src[t.i+1]) {
				v := (c-'0')*64 + (t.src[t.i]-'0')*8 + t.src[t.i+1] - '0'
				t.i += 2
				if v > 0o377 {
					return &reSyntaxError{Msg: fmt.Sprintf(`octal escape value \%s outside of range 0-0o377`, string(t.src[start+1:t.i])), Pos: start}
				}
				t.literal(v)
				return nil
			}
			return reUnsupported(`backreferences (\`+string(c)+`)`, start)
		}
		r, err := t.charEscape(c, start, false)
		if err != nil {
			return err
		}
		t.literal(r)
	}
	return nil
}

func isOctal(r rune) bool { return r >= '0' && r <= '7' }

// classEscape returns the Go text for \d \D \w \W \s \S, as a whole class or
// (inClass) as class members.
func (t *reTranslator) classEscape(c rune, inClass bool) string {
	unicode := t.flags&reUnicode != 0
	var body string
	switch c {
	case 'd', 'D':
		if unicode {
			if inClass {
				if c == 'd' {
					return reUniDigit
				}
				return `\P{Nd}`
			}
			if c == 'd' {
				return reUniDigit
			}
			return `\P{Nd}`
		}
		body = "0-9"
	case 'w', 'W':
		body = reASCIIWord
		if unicode {
			body = reUniWordBody
		}
	case 's', 'S':
		body = reASCIISpace
		if unicode {
			body = reUniSpaceBody
		}
	}
	negated := c == 'D' || c == 'W' || c == 'S'
	if inClass {
		return body // negated forms in a class are handled by the caller
	}
	if negated {
		return "[^" + body + "]"
	}
	return "[" + body + "]"
}

// charEscape decodes an escape that stands for one character.
func (t *reTranslator) charEscape(c rune, start int, inClass bool) (rune, error) {
	switch c {
	case 'a':
		return 7, nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case 'b':
		return '\b', nil // only reached inside a class
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		if t.bytes && c != 'x' {
			return 0, &reSyntaxError{Msg: `bad escape \` + string(c), Pos: start}
		}
		if t.i+n > len(t.src) {
			return 0, &reSyntaxError{Msg: `incomplete escape \` + string(t.src[start+1:]), Pos: start}
		}
		v, err := strconv.ParseUint(string(t.src[t.i:t.i+n]), 16, 32)
		if err != nil {
			end := t.i
			for end < t.i+n && strings.ContainsRune("0123456789abcdefABCDEF", t.src[end]) {
				end++
			}
			return 0, &reSyntaxError{Msg: `incomplete escape \` + string(t.src[start+1:end]), Pos: start}
		}
		t.i += n
		if v > 0x10ffff {
			return 0, &reSyntaxError{Msg: `bad escape \` + string(t.src[start+1:t.i]), Pos: start}
		}
		return rune(v), nil
	case 'N':
		return 0, reUnsupported(`named Unicode escapes (\N{...})`, start)
	case '0':
		v := rune(0)
		for k := 0; k < 2 && !t.eof() && isOctal(t.peek()); k++ {
			v = v*8 + t.peek() - '0'
			t.i++
		}
		return v, nil
	}
	if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return 0, &reSyntaxError{Msg: `bad escape \` + string(c), Pos: start}
	}
	return c, nil
}

// class translates a character set [...].
func (t *reTranslator) class() error {
	start := t.i
	t.i++
	var b strings.Builder
	b.WriteByte('[')
	if t.peek() == '^' {
		t.i++
		b.WriteByte('^')
	}
	first := true
	var negatedParts []string
	for {
		if t.eof() {
			return &reSyntaxError{Msg: "unterminated character set", Pos: start}
		}
		c := t.src[t.i]
		if c == ']' && !first {
			t.i++
			break
		}
		first = false
		itemStart := t.i
		lo, isChar, err := t.classItem(&b, &negatedParts)
		if err != nil {
			return err
		}
		if !isChar {
			continue
		}
		if t.peek() == '-' && t.i+1 < len(t.src) && t.src[t.i+1] != ']' {
			t.i++
			var dummy strings.Builder
			hi, hiChar, err := t.classItem(&dummy, &negatedParts)
			if err != nil {
				return err
			}
			if !hiChar {
				return &reSyntaxError{Msg: "bad character range " + string(t.src[itemStart:t.i]), Pos: itemStart}
			}
			if hi < lo {
				return &reSyntaxError{Msg: "bad character range " + string(t.src[itemStart:t.i]), Pos: itemStart}
			}
			b.WriteByte('-')
			writeClassChar(&b, hi)
		}
	}
	if len(negatedParts) > 0 {
		return reUnsupported(`\W or \S beside other members of a character class`, start)
	}
	b.WriteByte(']')
	s := b.String()
	if s == "[]" || s == "[^]" {
		return &reSyntaxError{Msg: "unterminated character set", Pos: start}
	}
	t.out.WriteString(s)
	return nil
}

// classItem translates one member of a class; for a single character it
// writes it, returns it and true.
func (t *reTranslator) classItem(b *strings.Builder, negated *[]string) (rune, bool, error) {
	c := t.src[t.i]
	if c != '\\' {
		t.i++
		writeClassChar(b, c)
		return c, true, nil
	}
	start := t.i
	t.i++
	if t.eof() {
		return 0, false, &reSyntaxError{Msg: "bad escape (end of pattern)", Pos: start}
	}
	e := t.src[t.i]
	t.i++
	switch e {
	case 'd', 'w', 's':
		b.WriteString(t.classEscape(e, true))
		return 0, false, nil
	case 'D':
		if t.flags&reUnicode != 0 {
			b.WriteString(`\P{Nd}`)
		} else {
			b.WriteString(`\D`)
		}
		return 0, false, nil
	case 'W', 'S':
		if e == 'W' && t.flags&reUnicode == 0 {
			b.WriteString(`\W`) // Go's ASCII \W is CPython's ASCII \W
			return 0, false, nil
		}
		// Otherwise expressible only as the whole set: [\W] is \W and
		// [^\W] is \w.
		body := t.classEscape(e, true)
		if s := b.String(); (s == "[" || s == "[^") && t.peek() == ']' {
			b.Reset()
			if s == "[" {
				b.WriteString("[^" + body)
			} else {
				b.WriteString("[" + body)
			}
			return 0, false, nil
		}
		*negated = append(*negated, string(e))
		return 0, false, nil
	}
	if e >= '1' && e <= '9' && !(t.i+1 < len(t.src) && isOctal(e) && isOctal(t.src[t.i]) && isOctal(t.src[t.i+1])) {
		return 0, false, &reSyntaxError{Msg: `bad escape \` + string(e), Pos: start}
	}
	if e >= '1' && e <= '7' {
		v := (e-'0')*64 + (t.src[t.i]-'0')*8 + t.src[t.i+1] - '0'
		t.i += 2
		writeClassChar(b, v)
		return v, true, nil
	}
	r, err := t.charEscape(e, start, true)
	if err != nil {
		return 0, false, err
	}
	writeClassChar(b, r)
	return r, true, nil
}

func writeClassChar(b *strings.Builder, c rune) {
	if c < 0x80 && strings.ContainsRune(`\[]^-&~|:`, c) {
		b.WriteByte('\\')
		b.WriteRune(c)
		return
	}
	if c < 0x20 || c == 0x7f || !utf8.ValidRune(c) {
		fmt.Fprintf(b, `\x{%x}`, c)
		return
	}
	b.WriteRune(c)
}
