package syntax

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// Helpers that build small trees by hand, so that the printer is tested
// without the parser.
func dumpLoad(id string) *Name        { return &Name{Id: id, Ctx: Load} }
func dumpStore(id string) *Name       { return &Name{Id: id, Ctx: Store} }
func dumpConst(v any) *Constant       { return &Constant{Value: v} }
func dumpArg(name string) *Arg        { return &Arg{Arg: name} }
func dumpExpr(e Expr) *ExprStmt       { return &ExprStmt{Value: e} }
func dumpModule(body ...Stmt) *Module { return &Module{Body: body} }
func dumpAt(l, c, el, ec int) Pos {
	return Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

// The expected texts are what CPython 3.11's ast.dump prints for the
// source in each case's name.
var dumpCases = []struct {
	name  string
	tree  Node
	attrs bool
	want  string
}{
	{
		name: "x = 1",
		tree: dumpModule(&Assign{
			Pos:     dumpAt(1, 0, 1, 5),
			Targets: []Expr{&Name{Pos: dumpAt(1, 0, 1, 1), Id: "x", Ctx: Store}},
			Value:   &Constant{Pos: dumpAt(1, 4, 1, 5), Value: int64(1)},
		}),
		attrs: true,
		want:  "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])",
	},
	{
		name: "@dec async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None: pass",
		tree: dumpModule(&AsyncFunctionDef{
			Name: "f",
			Args: &Arguments{
				Posonlyargs: []*Arg{dumpArg("a")},
				Args:        []*Arg{{Arg: "b", Annotation: dumpLoad("int")}},
				Vararg:      dumpArg("args"),
				Kwonlyargs:  []*Arg{dumpArg("c"), dumpArg("d")},
				KwDefaults:  []Expr{nil, dumpConst(int64(2))},
				Kwarg:       dumpArg("kw"),
				Defaults:    []Expr{dumpConst(int64(1))},
			},
			Body:          []Stmt{&Pass{}},
			DecoratorList: []Expr{dumpLoad("dec")},
			Returns:       dumpConst(None),
		}),
		want: "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())], returns=Constant(value=None))], type_ignores=[])",
	},
	{
		name: "from . import a as b",
		tree: dumpModule(&ImportFrom{Names: []*Alias{{Name: "a", Asname: "b"}}, Level: 1}),
		want: "Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1)], type_ignores=[])",
	},
	{
		name: "{**a, 'k': u'v'}",
		tree: dumpModule(dumpExpr(&Dict{
			Keys:   []Expr{nil, dumpConst("k")},
			Values: []Expr{dumpLoad("a"), &Constant{Value: "v", Kind: "u"}},
		})),
		want: "Module(body=[Expr(value=Dict(keys=[None, Constant(value='k')], values=[Name(id='a', ctx=Load()), Constant(value='v', kind='u')]))], type_ignores=[])",
	},
	{
		name: "lambda *, k: 0",
		tree: dumpModule(dumpExpr(&Lambda{
			Args: &Arguments{Kwonlyargs: []*Arg{dumpArg("k")}, KwDefaults: []Expr{nil}},
			Body: dumpConst(int64(0)),
		})),
		want: "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])",
	},
	{
		name: "match x: case None | [1, *_] | {'k': _, **r} | C(1, a=b) as z if y: pass",
		tree: dumpModule(&Match{
			Subject: dumpLoad("x"),
			Cases: []*MatchCase{{
				Pattern: &MatchAs{
					Pattern: &MatchOr{Patterns: []Pattern{
						&MatchSingleton{Value: None},
						&MatchSequence{Patterns: []Pattern{&MatchValue{Value: dumpConst(int64(1))}, &MatchStar{}}},
						&MatchMapping{Keys: []Expr{dumpConst("k")}, Patterns: []Pattern{&MatchAs{}}, Rest: "r"},
						&MatchClass{
							Cls:         dumpLoad("C"),
							Patterns:    []Pattern{&MatchValue{Value: dumpConst(int64(1))}},
							KwdAttrs:    []string{"a"},
							KwdPatterns: []Pattern{&MatchAs{Name: "b"}},
						},
					}},
					Name: "z",
				},
				Guard: dumpLoad("y"),
				Body:  []Stmt{&Pass{}},
			}},
		}),
		want: "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar()]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs()], rest='r'), MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b')])]), name='z'), guard=Name(id='y', ctx=Load()), body=[Pass()])])], type_ignores=[])",
	},
	{
		name: "try: pass except E as e: pass (with attributes)",
		tree: dumpModule(&Try{
			Pos:  dumpAt(1, 0, 4, 5),
			Body: []Stmt{&Pass{Pos: dumpAt(2, 1, 2, 5)}},
			Handlers: []*ExceptHandler{{
				Pos:  dumpAt(3, 0, 4, 5),
				Type: &Name{Pos: dumpAt(3, 7, 3, 8), Id: "E"},
				Name: "e",
				Body: []Stmt{&Pass{Pos: dumpAt(4, 1, 4, 5)}},
			}},
		}),
		attrs: true,
		want:  "Module(body=[Try(body=[Pass(lineno=2, col_offset=1, end_lineno=2, end_col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=1, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])",
	},
	{
		name: "f'{x!r:>{w}}'",
		tree: dumpModule(dumpExpr(&JoinedStr{Values: []Expr{&FormattedValue{
			Value:      dumpLoad("x"),
			Conversion: 'r',
			FormatSpec: &JoinedStr{Values: []Expr{dumpConst(">"), &FormattedValue{Value: dumpLoad("w"), Conversion: -1}}},
		}}})),
		want: "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])",
	},
	{
		name: "global a, b",
		tree: dumpModule(&Global{Names: []string{"a", "b"}}),
		want: "Module(body=[Global(names=['a', 'b'])], type_ignores=[])",
	},
	{
		name: "a < b not in c",
		tree: dumpModule(dumpExpr(&Compare{Left: dumpLoad("a"), Ops: []CmpOp{Lt, NotIn}, Comparators: []Expr{dumpLoad("b"), dumpLoad("c")}})),
		want: "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])",
	},
	{
		name: "x[::2]",
		tree: dumpModule(dumpExpr(&Subscript{Value: dumpLoad("x"), Slice: &Slice{Step: dumpConst(int64(2))}})),
		want: "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])",
	},
	{
		name: "[y async for y in z if y]",
		tree: dumpModule(dumpExpr(&ListComp{Elt: dumpLoad("y"), Generators: []*Comprehension{{
			Target: dumpStore("y"), Iter: dumpLoad("z"), Ifs: []Expr{dumpLoad("y")}, IsAsync: 1,
		}}})),
		want: "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[Name(id='y', ctx=Load())], is_async=1)]))], type_ignores=[])",
	},
	{
		name:  "eval mode: 1",
		tree:  &Expression{Body: &Constant{Pos: dumpAt(1, 0, 1, 1), Value: int64(1)}},
		attrs: true,
		want:  "Expression(body=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1))",
	},
	{
		name:  "single mode: pass",
		tree:  &Interactive{Body: []Stmt{&Pass{Pos: dumpAt(1, 0, 1, 4)}}},
		attrs: true,
		want:  "Interactive(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])",
	},
	{
		name: "class C(B, metaclass=M): ... (3.11: no type_params)",
		tree: dumpModule(&ClassDef{
			Name: "C", Bases: []Expr{dumpLoad("B")},
			Keywords: []*Keyword{{Arg: "metaclass", Value: dumpLoad("M")}},
			Body:     []Stmt{dumpExpr(dumpConst(Ellipsis))},
		}),
		want: "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[])], type_ignores=[])",
	},
	{
		// Printed as CPython 3.12 prints it.
		name: "def f[T: int, *Ts, **P](): pass",
		tree: dumpModule(&FunctionDef{
			Name: "f", Args: &Arguments{}, Body: []Stmt{&Pass{}},
			TypeParams: []TypeParam{&TypeVar{Name: "T", Bound: dumpLoad("int")}, &TypeVarTuple{Name: "Ts"}, &ParamSpec{Name: "P"}},
		}),
		want: "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])",
	},
	{
		name: "del a.b, c[0]; yield; raise; return",
		tree: dumpModule(
			&Delete{Targets: []Expr{&Attribute{Value: dumpLoad("a"), Attr: "b", Ctx: Del}, &Subscript{Value: dumpLoad("c"), Slice: dumpConst(int64(0)), Ctx: Del}}},
			dumpExpr(&Yield{}), &Raise{}, &Return{},
		),
		want: "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())]), Expr(value=Yield()), Raise(), Return()], type_ignores=[])",
	},
	{
		name: "constants: big int, float, complex, bytes, bool",
		tree: dumpModule(dumpExpr(&Tuple{Elts: []Expr{
			dumpConst(new(big.Int).Lsh(big.NewInt(1), 100)), dumpConst(1e16), dumpConst(0.5), dumpConst(math.Inf(1)),
			dumpConst(complex(0, 1)), dumpConst(complex(0, math.Inf(1))), dumpConst(Bytes("a'\x00\xff")), dumpConst(true), dumpConst(false),
		}})),
		want: "Module(body=[Expr(value=Tuple(elts=[Constant(value=1267650600228229401496703205376), Constant(value=1e+16), Constant(value=0.5), Constant(value=inf), Constant(value=1j), Constant(value=infj), Constant(value=b\"a'\\x00\\xff\"), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])",
	},
	{
		name: "partial tree: nil required children print as None",
		tree: dumpModule(&Assign{Targets: []Expr{(*Name)(nil)}}, nil),
		want: "Module(body=[Assign(targets=[None], value=None), None], type_ignores=[])",
	},
}

func TestDump(t *testing.T) {
	for _, c := range dumpCases {
		t.Run(c.name, func(t *testing.T) {
			got := Dump(c.tree, c.attrs)
			if got != c.want {
				t.Errorf("Dump mismatch\n got: %s\nwant: %s\n%s", got, c.want, describeFirstDifference(got, c.want))
			}
		})
	}
}

func TestFloatRepr(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{0, "0.0"}, {math.Copysign(0, -1), "-0.0"}, {1, "1.0"}, {0.1, "0.1"},
		{1e15, "1000000000000000.0"}, {1e16, "1e+16"}, {1.5e16, "1.5e+16"},
		{123456789012345678, "1.2345678901234568e+17"}, {0.0001, "0.0001"},
		{0.00001, "1e-05"}, {1.25e-7, "1.25e-07"}, {1e100, "1e+100"},
		{5e-324, "5e-324"}, {math.MaxFloat64, "1.7976931348623157e+308"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.NaN(), "nan"},
		{9007199254740993, "9007199254740992.0"}, {-2.5, "-2.5"},
	}
	for _, c := range cases {
		if got := floatRepr(c.f, true); got != c.want {
			t.Errorf("floatRepr(%g) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestComplexRepr(t *testing.T) {
	cases := []struct {
		c    complex128
		want string
	}{
		{complex(0, 1), "1j"}, {complex(0, 2.5), "2.5j"}, {complex(0, 0), "0j"},
		{complex(0, 1e16), "1e+16j"}, {complex(0, math.Inf(1)), "infj"},
		{complex(1, 2), "(1+2j)"}, {complex(1, -2), "(1-2j)"},
		{complex(math.Copysign(0, -1), 1), "(-0+1j)"}, {complex(1, math.Inf(1)), "(1+infj)"},
	}
	for _, c := range cases {
		if got := complexRepr(c.c); got != c.want {
			t.Errorf("complexRepr(%v) = %q, want %q", c.c, got, c.want)
		}
	}
}

func TestStrRepr(t *testing.T) {
	cases := []struct{ s, want string }{
		{"", "''"}, {"a", "'a'"}, {"it's", `"it's"`}, {`say "hi"`, `'say "hi"'`},
		{`it's "x"`, `'it\'s "x"'`}, {"\\", `'\\'`}, {"\t\n\r\x00\x1f\x7f", `'\t\n\r\x00\x1f\x7f'`},
		{"é", "'é'"}, {"\u00a0", `'\xa0'`}, {"\u0085", `'\x85'`}, {"\u2028", `'\u2028'`},
		{"\U0001F600", "'\U0001F600'"}, {"\U000E0001", `'\U000e0001'`}, {"\ufeff", `'\ufeff'`},
		{"\xed\xa0\x80", `'\ud800'`}, {"\xed\xbf\xbf", `'\udfff'`}, {"\U0001FAE8", `'\U0001fae8'`},
	}
	for _, c := range cases {
		var b strings.Builder
		writeStrRepr(&b, c.s)
		if got := b.String(); got != c.want {
			t.Errorf("repr(%q) = %s, want %s", c.s, got, c.want)
		}
	}
}
