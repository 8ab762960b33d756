package syntax

// Kind is a token's kind. Keywords have kinds of their own so the parser
// can switch on them; KindName reports them as NAME the way Python's
// tokenize module does.
type Kind uint8

// Token kinds.
const (
	EndMarker Kind = iota
	TName
	TNumber
	TString
	TNewline
	TIndent
	TDedent
	TComment
	TNL
	TError
	TFStringStart
	TFStringMiddle
	TFStringEnd

	// Operators and delimiters.
	TLPar
	TRPar
	TLSqb
	TRSqb
	TColon
	TComma
	TSemi
	TPlus
	TMinus
	TStar
	TSlash
	TVBar
	TAmper
	TLess
	TGreater
	TEqual
	TDot
	TPercent
	TLBrace
	TRBrace
	TEqEqual
	TNotEqual
	TLessEqual
	TGreaterEqual
	TTilde
	TCircumflex
	TLeftShift
	TRightShift
	TDoubleStar
	TPlusEqual
	TMinEqual
	TStarEqual
	TSlashEqual
	TPercentEqual
	TAmperEqual
	TVBarEqual
	TCircumflexEqual
	TLeftShiftEqual
	TRightShiftEqual
	TDoubleStarEqual
	TDoubleSlash
	TDoubleSlashEqual
	TAt
	TAtEqual
	TRArrow
	TEllipsis
	TColonEqual
	TExclamation

	// Hard keywords.
	KwFalse
	KwNone
	KwTrue
	KwAnd
	KwAs
	KwAssert
	KwAsync
	KwAwait
	KwBreak
	KwClass
	KwContinue
	KwDef
	KwDel
	KwElif
	KwElse
	KwExcept
	KwFinally
	KwFor
	KwFrom
	KwGlobal
	KwIf
	KwImport
	KwIn
	KwIs
	KwLambda
	KwNonlocal
	KwNot
	KwOr
	KwPass
	KwRaise
	KwReturn
	KwTry
	KwWhile
	KwWith
	KwYield

	numKinds
)

const firstKeyword = KwFalse

// Token is one token: its kind and its span, both as byte offsets into the
// decoded source and as CPython positions (1-based lines, 0-based byte
// columns). Its text is Source[Start:End].
type Token struct {
	Kind    Kind
	Level   uint8 // bracket depth after the token (capped at 255)
	Start   int32
	End     int32
	Line    int32
	Col     int32
	EndLine int32
	EndCol  int32
}

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return k >= firstKeyword && k < numKinds }

var kindNames = [...]string{
	EndMarker: "ENDMARKER", TName: "NAME", TNumber: "NUMBER", TString: "STRING",
	TNewline: "NEWLINE", TIndent: "INDENT", TDedent: "DEDENT", TComment: "COMMENT",
	TNL: "NL", TError: "ERRORTOKEN", TFStringStart: "FSTRING_START",
	TFStringMiddle: "FSTRING_MIDDLE", TFStringEnd: "FSTRING_END",
	TLPar: "LPAR", TRPar: "RPAR", TLSqb: "LSQB", TRSqb: "RSQB", TColon: "COLON",
	TComma: "COMMA", TSemi: "SEMI", TPlus: "PLUS", TMinus: "MINUS", TStar: "STAR",
	TSlash: "SLASH", TVBar: "VBAR", TAmper: "AMPER", TLess: "LESS",
	TGreater: "GREATER", TEqual: "EQUAL", TDot: "DOT", TPercent: "PERCENT",
	TLBrace: "LBRACE", TRBrace: "RBRACE", TEqEqual: "EQEQUAL",
	TNotEqual: "NOTEQUAL", TLessEqual: "LESSEQUAL", TGreaterEqual: "GREATEREQUAL",
	TTilde: "TILDE", TCircumflex: "CIRCUMFLEX", TLeftShift: "LEFTSHIFT",
	TRightShift: "RIGHTSHIFT", TDoubleStar: "DOUBLESTAR", TPlusEqual: "PLUSEQUAL",
	TMinEqual: "MINEQUAL", TStarEqual: "STAREQUAL", TSlashEqual: "SLASHEQUAL",
	TPercentEqual: "PERCENTEQUAL", TAmperEqual: "AMPEREQUAL",
	TVBarEqual: "VBAREQUAL", TCircumflexEqual: "CIRCUMFLEXEQUAL",
	TLeftShiftEqual: "LEFTSHIFTEQUAL", TRightShiftEqual: "RIGHTSHIFTEQUAL",
	TDoubleStarEqual: "DOUBLESTAREQUAL", TDoubleSlash: "DOUBLESLASH",
	TDoubleSlashEqual: "DOUBLESLASHEQUAL", TAt: "AT", TAtEqual: "ATEQUAL",
	TRArrow: "RARROW", TEllipsis: "ELLIPSIS", TColonEqual: "COLONEQUAL",
	TExclamation: "EXCLAMATION",
}

// String returns the token kind's name as in CPython's token module; a
// keyword reports itself as NAME.
func (k Kind) String() string {
	if k.IsKeyword() {
		return "NAME"
	}
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// keywords maps each hard keyword's spelling to its kind.
var keywords = map[string]Kind{
	"False": KwFalse, "None": KwNone, "True": KwTrue, "and": KwAnd, "as": KwAs,
	"assert": KwAssert, "async": KwAsync, "await": KwAwait, "break": KwBreak,
	"class": KwClass, "continue": KwContinue, "def": KwDef, "del": KwDel,
	"elif": KwElif, "else": KwElse, "except": KwExcept, "finally": KwFinally,
	"for": KwFor, "from": KwFrom, "global": KwGlobal, "if": KwIf,
	"import": KwImport, "in": KwIn, "is": KwIs, "lambda": KwLambda,
	"nonlocal": KwNonlocal, "not": KwNot, "or": KwOr, "pass": KwPass,
	"raise": KwRaise, "return": KwReturn, "try": KwTry, "while": KwWhile,
	"with": KwWith, "yield": KwYield,
}

// keywordText is the spelling of each keyword kind.
var keywordText [numKinds]string

// opText is the spelling of each operator kind.
var opText = [numKinds]string{
	TLPar: "(", TRPar: ")", TLSqb: "[", TRSqb: "]", TColon: ":", TComma: ",",
	TSemi: ";", TPlus: "+", TMinus: "-", TStar: "*", TSlash: "/", TVBar: "|",
	TAmper: "&", TLess: "<", TGreater: ">", TEqual: "=", TDot: ".",
	TPercent: "%", TLBrace: "{", TRBrace: "}", TEqEqual: "==", TNotEqual: "!=",
	TLessEqual: "<=", TGreaterEqual: ">=", TTilde: "~", TCircumflex: "^",
	TLeftShift: "<<", TRightShift: ">>", TDoubleStar: "**", TPlusEqual: "+=",
	TMinEqual: "-=", TStarEqual: "*=", TSlashEqual: "/=", TPercentEqual: "%=",
	TAmperEqual: "&=", TVBarEqual: "|=", TCircumflexEqual: "^=",
	TLeftShiftEqual: "<<=", TRightShiftEqual: ">>=", TDoubleStarEqual: "**=",
	TDoubleSlash: "//", TDoubleSlashEqual: "//=", TAt: "@", TAtEqual: "@=",
	TRArrow: "->", TEllipsis: "...", TColonEqual: ":=", TExclamation: "!",
}

func init() {
	for s, k := range keywords {
		keywordText[k] = s
	}
}

// Text returns the fixed spelling of an operator or keyword kind, or "".
func (k Kind) Text() string {
	if k.IsKeyword() {
		return keywordText[k]
	}
	return opText[k]
}
