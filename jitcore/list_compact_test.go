package jitcore

import (
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"testing"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// listOp is one operation on a list, through the engine's own entry
// points; it returns a value (Null for none) or an error.
type listOp func(vm *VM, xs Value) (Value, error)

func listMethod(name string, args ...Value) listOp {
	return func(vm *VM, xs Value) (Value, error) {
		m, err := vm.getAttr(xs, name)
		if err != nil {
			return Null, err
		}
		return vm.call(m, args, nil)
	}
}

func getAt(k Value) listOp {
	return func(vm *VM, xs Value) (Value, error) { return vm.getItem(xs, k) }
}

func setAt(k, v Value) listOp {
	return func(vm *VM, xs Value) (Value, error) { return Null, vm.setItem(xs, k, v) }
}

func sliceOf(start, stop, step Value) Value { return Obj(&SliceObj{start, stop, step}) }

// TestCompactListTransitions runs each operation on a compact list and on
// a generic list with the same elements: results, errors and the lists
// afterwards must be the same, and the compact list must keep or leave
// its compact storage as listed.
func TestCompactListTransitions(t *testing.T) {
	tests := compactListOps()
	vm := NewVM(nil, io.Discard, io.Discard, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCompactRepeat(tt.x, 5)
			g := &List{vals: repeatValue(tt.x, 5)}
			if c.c == nil || g.c != nil {
				t.Fatal("setup: want one compact and one generic list")
			}
			gotC := showResult(vm)(tt.op(vm, Obj(c)))
			gotG := showResult(vm)(tt.op(vm, Obj(g)))
			if gotC != gotG {
				t.Errorf("result: compact %s, generic %s", gotC, gotG)
			}
			if lc, lg := showResult(vm)(Obj(c), nil), showResult(vm)(Obj(g), nil); lc != lg {
				t.Errorf("list afterwards: compact %s, generic %s", lc, lg)
			}
			if (c.c != nil) != tt.compact {
				t.Errorf("compact afterwards = %v, want %v", c.c != nil, tt.compact)
			}
			if g.c != nil {
				t.Error("a generic list became compact")
			}
		})
	}
}

// TestCompactListRandomOps applies random sequences of the operations to
// a compact list and a generic one (a fixed seed: the same sequences each
// run) and compares them after every step.
func TestCompactListRandomOps(t *testing.T) {
	ops := compactListOps()
	vm := NewVM(nil, io.Discard, io.Discard, nil)
	rng := rand.New(rand.NewPCG(1, 2))
	seeds := []Value{Int(2), Float(0.5), True, False, Int(-7)}
	for seq := 0; seq < 300; seq++ {
		x := seeds[seq%len(seeds)]
		c := newCompactRepeat(x, 1+rng.IntN(8))
		g := &List{vals: c.snapshot()}
		var trail []string
		for step := 0; step < 25; step++ {
			op := ops[rng.IntN(len(ops))]
			trail = append(trail, op.name)
			gotC := showResult(vm)(op.op(vm, Obj(c)))
			gotG := showResult(vm)(op.op(vm, Obj(g)))
			lc, lg := showResult(vm)(Obj(c), nil), showResult(vm)(Obj(g), nil)
			if gotC != gotG || lc != lg || g.c != nil {
				t.Fatalf("after %v: compact %s / %s, generic %s / %s", trail, gotC, lc, gotG, lg)
			}
		}
	}
}

// showResult describes an operation's result for comparisons.
func showResult(vm *VM) func(v Value, err error) string {
	return func(v Value, err error) string {
		if err != nil {
			return "error " + err.Error()
		}
		if v.k == kNull {
			return "-"
		}
		s, rerr := vm.repr(v)
		if rerr != nil {
			return "repr error " + rerr.Error()
		}
		return v.Type().Name + " " + s
	}
}

// compactListOps lists operations on a list through the engine's entry
// points, each with the element x of the [x] * 5 it starts from in
// TestCompactListTransitions and whether that list is still compact
// afterwards.
func compactListOps() []compactListCase {
	big70 := BigInt(new(big.Int).Lsh(big.NewInt(1), 70))
	return []compactListCase{
		{"get", Int(3), getAt(Int(0)), true},
		{"get negative", Float(1.5), getAt(Int(-5)), true},
		{"get out of range", Int(3), getAt(Int(5)), true},
		{"get negative out of range", Int(3), getAt(Int(-6)), true},
		{"get by bool", Int(3), getAt(True), true},
		{"set same kind", Int(3), setAt(Int(1), Int(-9)), true},
		{"set negative", Float(2), setAt(Int(-1), Float(0.25)), true},
		{"set bool", True, setAt(Int(2), False), true},
		{"set out of range", Int(3), setAt(Int(7), Int(1)), true},
		{"set str", Int(3), setAt(Int(1), Str("s")), false},
		{"set big int", Int(3), setAt(Int(0), big70), false},
		{"set int into floats", Float(1), setAt(Int(0), Int(1)), false},
		{"set bool into ints", Int(1), setAt(Int(0), True), false},
		{"set float into bools", False, setAt(Int(4), Float(0)), false},
		{"set None", Int(1), setAt(Int(4), None), false},
		{"append same", Int(3), listMethod("append", Int(4)), true},
		{"append other", Int(3), listMethod("append", Float(4)), false},
		{"append bool to bools", True, listMethod("append", False), true},
		{"extend", Int(3), listMethod("extend", NewList([]Value{Int(1)})), false},
		{"slice get", Int(3), getAt(sliceOf(Int(1), Int(4), None)), true},
		{"slice get strided", Float(3), getAt(sliceOf(None, None, Int(-2))), true},
		{"slice set", Int(3), setAt(sliceOf(Int(1), Int(2), None), NewList([]Value{Int(1), Int(2)})), false},
		{"sort", Int(3), listMethod("sort"), false},
		{"reverse", Int(3), listMethod("reverse"), false},
		{"copy", Float(0.5), listMethod("copy"), true},
		{"insert", Int(3), listMethod("insert", Int(1), Int(2)), false},
		{"pop", Int(3), listMethod("pop"), false},
		{"pop index", Int(3), listMethod("pop", Int(-2)), false},
		{"remove", Int(3), listMethod("remove", Int(3)), false},
		{"index", Int(3), listMethod("index", Int(3)), false},
		{"count", True, listMethod("count", True), false},
		{"clear", Int(3), listMethod("clear"), false},
		{"del", Int(3), func(vm *VM, xs Value) (Value, error) { return Null, vm.delItem(xs, Int(0)) }, false},
		{"del slice", Int(3), func(vm *VM, xs Value) (Value, error) { return Null, vm.delItem(xs, sliceOf(None, None, Int(2))) }, false},
		{"len", Int(3), func(vm *VM, xs Value) (Value, error) { n, err := vm.length(xs); return Int(int64(n)), err }, true},
		{"truth", False, func(vm *VM, xs Value) (Value, error) { b, err := vm.truth(xs); return Bool(b), err }, true},
		{"in", Int(3), func(vm *VM, xs Value) (Value, error) { b, err := vm.contains(xs, Float(3)); return Bool(b), err }, true},
		{"not in", Float(3), func(vm *VM, xs Value) (Value, error) { b, err := vm.contains(xs, Str("3")); return Bool(b), err }, true},
		{"repr", Float(0.1), func(vm *VM, xs Value) (Value, error) { s, err := vm.repr(xs); return Str(s), err }, true},
		{"eq generic", Int(3), func(vm *VM, xs Value) (Value, error) {
			return vm.compare(syntax.Eq, xs, NewList([]Value{Int(3), Int(3), Int(3), Int(3), Int(3)}))
		}, false},
		{"eq compact", Int(3), func(vm *VM, xs Value) (Value, error) {
			return vm.compare(syntax.Eq, xs, Obj(newCompactRepeat(Float(3), 5)))
		}, true},
		{"lt compact", Int(3), func(vm *VM, xs Value) (Value, error) {
			return vm.compare(syntax.Lt, xs, Obj(newCompactRepeat(Int(3), 6)))
		}, true},
		{"repeat", Int(3), func(vm *VM, xs Value) (Value, error) { return vm.binaryOp(int(syntax.Mult), xs, Int(2)) }, true},
		{"inplace repeat", Float(3), func(vm *VM, xs Value) (Value, error) {
			return vm.binaryOp(int(syntax.Mult)+bc.InplaceBase, xs, Int(3))
		}, true},
		{"inplace add", Int(3), func(vm *VM, xs Value) (Value, error) {
			return vm.binaryOp(int(syntax.Add)+bc.InplaceBase, xs, NewList([]Value{Int(1)}))
		}, false},
		{"concat", Int(3), func(vm *VM, xs Value) (Value, error) { return vm.binaryOp(int(syntax.Add), xs, xs) }, false},
		{"to slice", Int(3), func(vm *VM, xs Value) (Value, error) {
			vs, err := vm.toSlice(xs)
			return NewTuple(vs...), err
		}, true},
		{"iterate while appending", Int(1), func(vm *VM, xs Value) (Value, error) {
			it, err := vm.getIter(xs)
			if err != nil {
				return Null, err
			}
			var seen []Value
			for {
				v, ok, err := it.o.(*listIter).next(vm)
				if err != nil || !ok {
					return NewList(seen), err
				}
				seen = append(seen, v)
				if len(seen) < 3 {
					xs.o.(*List).push(Int(int64(len(seen))))
				}
			}
		}, true},
		{"iterate while storing other", Int(1), func(vm *VM, xs Value) (Value, error) {
			var seen []Value
			err := vm.iterate(xs, func(v Value) error {
				seen = append(seen, v)
				if len(seen) == 2 {
					return vm.setItem(xs, Int(3), Str("x"))
				}
				return nil
			})
			return NewList(seen), err
		}, false},
	}
}

type compactListCase struct {
	name    string
	x       Value
	op      listOp
	compact bool
}

// TestCompactRepeatMakes checks which repetitions make compact lists.
func TestCompactRepeatMakes(t *testing.T) {
	tests := []struct {
		name    string
		items   []Value
		count   int64
		compact bool
		kind    kind
	}{
		{"int", []Value{Int(7)}, 10, true, kInt},
		{"float", []Value{Float(-0.0)}, 3, true, kFloat},
		{"bool", []Value{True}, 4, true, kBool},
		{"zero count", []Value{Int(1)}, 0, true, kInt},
		{"pair", []Value{Int(1), Int(2)}, 3, true, kInt},
		{"mixed kinds", []Value{Int(1), Float(2)}, 3, false, 0},
		{"int and bool", []Value{Int(1), True}, 3, false, 0},
		{"str", []Value{Str("a")}, 3, false, 0},
		{"None", []Value{None}, 3, false, 0},
		{"empty", nil, 3, false, 0},
		{"too many items", repeatValue(Int(0), compactRepeatMax+1), 2, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &List{vals: tt.items}
			r, ok := compactRepeatList(l, tt.count)
			if ok != tt.compact {
				t.Fatalf("compact = %v, want %v", ok, tt.compact)
			}
			if !ok {
				return
			}
			want := repeatItems(tt.items, int(tt.count))
			if r.length() != len(want) || r.c.k != tt.kind {
				t.Fatalf("length %d kind %d, want %d %d", r.length(), r.c.k, len(want), tt.kind)
			}
			for i, v := range want {
				if got := r.at(i); got != v {
					t.Fatalf("element %d = %#v, want %#v", i, got, v)
				}
			}
			if l.c != nil {
				t.Error("the repeated list changed its storage")
			}
		})
	}
	if r, ok := compactRepeatList(newCompactRepeat(Int(1), 2), 1<<40); !ok || r != nil {
		t.Errorf("a repetition too big: %v %v, want a MemoryError (nil, true)", r, ok)
	}
}

// TestCompactSlice checks compact slices (fresh and refilled in place, as
// native code's slices do) against slicing the generic elements.
func TestCompactSlice(t *testing.T) {
	elems := map[string][]Value{
		"int":   {Int(5), Int(-1), Int(7), Int(0), Int(9), Int(2)},
		"float": {Float(0.5), Float(-2), Float(3.25), Float(0), Float(1e300), Float(-0.0)},
		"bool":  {True, False, False, True, True, False},
	}
	for name, vs := range elems {
		for _, sl := range []struct{ start, step, cnt int }{{0, 1, 6}, {1, 1, 3}, {5, -1, 6}, {0, 2, 3}, {4, -3, 2}, {2, 1, 0}} {
			for _, reuse := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%d:%d:%d/reuse=%v", name, sl.start, sl.step, sl.cnt, reuse), func(t *testing.T) {
					src := &List{vals: vs}
					r, _ := compactRepeatList(src, 1)
					if r.c == nil {
						t.Fatal("setup: not compact")
					}
					old, _ := compactRepeatList(&List{vals: vs[:1]}, 8)
					got := compactSlice(r, old, reuse, sl.start, sl.step, sl.cnt)
					if got.c == nil || got == r || (reuse && got != old) || (!reuse && got == old) {
						t.Fatalf("compact %v, same as source %v, reused %v", got.c != nil, got == r, got == old)
					}
					want := sliceItems(vs, sl.start, sl.step, sl.cnt)
					if g := got.snapshot(); fmt.Sprint(g) != fmt.Sprint(want) {
						t.Fatalf("got %v, want %v", g, want)
					}
					if r.length() != len(vs) || r.c == nil {
						t.Fatal("the source changed")
					}
				})
			}
		}
	}
}
