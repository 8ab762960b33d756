package jitcore

import "math/big"

// bigRange holds the bounds of a range whose values do not all fit the
// fast int64 representation (range(1, 2 ** 70, 2 ** 60)); n is its length.
type bigRange struct{ start, stop, step, n *big.Int }

// rangeSmallLimit bounds the fast representation: with every bound within
// ±2**62, start + i*step and the slice arithmetic never overflow int64.
const rangeSmallLimit = 1 << 62

func fitsSmallRange(x *big.Int) bool {
	return x.IsInt64() && x.Int64() > -rangeSmallLimit && x.Int64() < rangeSmallLimit
}

// makeRange builds a range from its bounds (step is not zero).
func makeRange(start, stop, step *big.Int) *Range {
	if fitsSmallRange(start) && fitsSmallRange(stop) && fitsSmallRange(step) {
		return &Range{start: start.Int64(), stop: stop.Int64(), step: step.Int64()}
	}
	b := &bigRange{start: start, stop: stop, step: step, n: bigRangeLength(start, stop, step)}
	return &Range{b: b}
}

// bigRangeLength is CPython's compute_range_length.
func bigRangeLength(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// bounds returns the range's start, stop, step and length as big ints.
func (r *Range) bounds() (start, stop, step, n *big.Int) {
	if r.b != nil {
		return r.b.start, r.b.stop, r.b.step, r.b.n
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.length())
}

// lenValue is len(range) as an int value (any size).
func (r *Range) lenValue() Value {
	if r.b != nil {
		return BigInt(r.b.n)
	}
	return Int(r.length())
}

// rangeLen is len(r): an OverflowError when the length exceeds Py_ssize_t.
func rangeLen(r *Range) (int64, error) {
	if r.b == nil {
		return r.length(), nil
	}
	if !r.b.n.IsInt64() {
		return 0, newExc(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return r.b.n.Int64(), nil
}

// bigRangeItem is r[i] for an int index of any size.
func bigRangeItem(r *Range, i *big.Int) (Value, error) {
	start, _, step, n := r.bounds()
	i = new(big.Int).Set(i)
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return Null, newIndexError("range object index out of range")
	}
	return BigInt(i.Mul(i, step).Add(i, start)), nil
}

// bigSliceBound resolves one slice bound against a length, as CPython's
// _PySlice_GetLongIndices does, with ints of any size.
func (vm *VM) bigSliceBound(v Value, def, lower, upper, n *big.Int) (*big.Int, error) {
	if v.k == kNull || v.IsNone() {
		return def, nil
	}
	x, err := vm.sliceIndexArg(v)
	if err != nil {
		return nil, err
	}
	if x.Sign() < 0 {
		x.Add(x, n)
		if x.Cmp(lower) < 0 {
			x.Set(lower)
		}
	} else if x.Cmp(upper) > 0 {
		x.Set(upper)
	}
	return x, nil
}

func (vm *VM) sliceIndexArg(v Value) (*big.Int, error) {
	if v.isIntLike() {
		return new(big.Int).Set(toBig(intBase(v))), nil
	}
	if _, ok := userMethod(v, "__index__"); ok {
		b, err := vm.intArg(v)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Set(b), nil
	}
	return nil, typeErrorf("slice indices must be integers or None or have an __index__ method")
}

// rangeSlice is r[slice] (CPython's compute_slice).
func (vm *VM) rangeSlice(r *Range, sl *SliceObj) (Value, error) {
	start, _, step, n := r.bounds()
	sstep := big.NewInt(1)
	if !(sl.step.k == kNull || sl.step.IsNone()) {
		x, err := vm.sliceIndexArg(sl.step)
		if err != nil {
			return Null, err
		}
		if x.Sign() == 0 {
			return Null, newValueError("slice step cannot be zero")
		}
		sstep = x
	}
	var lower, upper *big.Int
	if sstep.Sign() < 0 {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(n, big.NewInt(1))
	} else {
		lower, upper = big.NewInt(0), n
	}
	defStart, defStop := lower, upper
	if sstep.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	a, err := vm.bigSliceBound(sl.start, defStart, lower, upper, n)
	if err != nil {
		return Null, err
	}
	b, err := vm.bigSliceBound(sl.stop, defStop, lower, upper, n)
	if err != nil {
		return Null, err
	}
	ns := new(big.Int).Mul(a, step)
	ns.Add(ns, start)
	ne := new(big.Int).Mul(b, step)
	ne.Add(ne, start)
	return Obj(makeRange(ns, ne, new(big.Int).Mul(step, sstep))), nil
}

// rangeContainsInt is `i in r` for an int.
func rangeContainsInt(r *Range, i *big.Int) bool {
	start, stop, step, _ := r.bounds()
	if step.Sign() > 0 {
		if i.Cmp(start) < 0 || i.Cmp(stop) >= 0 {
			return false
		}
	} else if i.Cmp(start) > 0 || i.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(i, start)
	return d.Rem(d, step).Sign() == 0
}

// bigRangeIter iterates a big range, forwards or reversed.
func bigRangeIter(r *Range, reverse bool) Value {
	start, _, step, n := r.bounds()
	cur := new(big.Int).Set(start)
	st := step
	if reverse {
		cur.Add(cur, new(big.Int).Mul(new(big.Int).Sub(n, big.NewInt(1)), step))
		st = new(big.Int).Neg(step)
	}
	left := new(big.Int).Set(n)
	return Obj(&funcIter{t: longRangeIterType, fn: func(vm *VM) (Value, bool, error) {
		if left.Sign() <= 0 {
			return Null, false, nil
		}
		v := BigInt(new(big.Int).Set(cur))
		cur.Add(cur, st)
		left.Sub(left, big.NewInt(1))
		return v, true, nil
	}})
}

var longRangeIterType = newBuiltinType("longrange_iterator", ObjectType)

// rangeRepr is repr(range).
func rangeRepr(r *Range) string {
	start, stop, step, _ := r.bounds()
	if step.Cmp(big.NewInt(1)) == 0 {
		return "range(" + start.String() + ", " + stop.String() + ")"
	}
	return "range(" + start.String() + ", " + stop.String() + ", " + step.String() + ")"
}

// rangeEqual compares ranges as sequences: same length, and the same first
// element and step where they matter.
func rangeEqual(x, y *Range) bool {
	if x.b == nil && y.b == nil {
		return x.length() == y.length() && (x.length() == 0 || (x.start == y.start && (x.length() == 1 || x.step == y.step)))
	}
	xs, _, xst, xn := x.bounds()
	ys, _, yst, yn := y.bounds()
	if xn.Cmp(yn) != 0 {
		return false
	}
	if xn.Sign() == 0 {
		return true
	}
	if xs.Cmp(ys) != 0 {
		return false
	}
	return xn.Cmp(big.NewInt(1)) == 0 || xst.Cmp(yst) == 0
}

// rangeHash is CPython's range_hash: hash((len, start, step)) with None for
// the parts equality ignores.
func (vm *VM) rangeHash(r *Range) (int64, error) {
	start, _, step, n := r.bounds()
	items := []Value{BigInt(n), None, None}
	if n.Sign() != 0 {
		items[1] = BigInt(start)
		if n.Cmp(big.NewInt(1)) != 0 {
			items[2] = BigInt(step)
		}
	}
	return vm.hash(NewTuple(items...))
}

// rangeIndex is range.index(v): the position of an int, or of a value equal
// to an element for other types.
func (vm *VM) rangeIndex(rv Value, r *Range, v Value) (Value, error) {
	if v.isIntLike() && v.Type() == IntType || v.k == kBool {
		i := toBig(intBase(v))
		if rangeContainsInt(r, i) {
			start, _, step, _ := r.bounds()
			d := new(big.Int).Sub(i, start)
			return BigInt(d.Quo(d, step)), nil
		}
	} else {
		idx := int64(0)
		found := false
		err := vm.iterate(rv, func(x Value) error {
			eq, err := vm.equal(x, v)
			if err != nil {
				return err
			}
			if eq {
				found = true
				return errStop
			}
			idx++
			return nil
		})
		if err != nil {
			return Null, err
		}
		if found {
			return Int(idx), nil
		}
	}
	s, err := vm.repr(v)
	if err != nil {
		return Null, err
	}
	return Null, newValueError(s + " is not in range")
}
