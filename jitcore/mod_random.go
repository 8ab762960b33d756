package jitcore

import (
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"time"
)

// The random module: _random's Mersenne Twister in Go (CPython's seeding
// and state layout), and the distributions written in Python on top of it
// (randomSource), following the algorithms of CPython's random.py so that
// equal seeds give equal values.

func init() {
	registerModule("_random", &nativeModule{builtin: true, setup: setupRandomCore})
	registerModule("random", &nativeModule{source: randomSource})
}

const mtN, mtM = 624, 397

// mtState is one Mersenne Twister generator (MT19937).
type mtState struct {
	mt  [mtN]uint32
	idx int
}

func (*mtState) pyType() *Type { return mtType }

var mtType = func() *Type {
	t := newBuiltinType("MersenneTwister", ObjectType)
	t.Module = "_random"
	return t
}()

func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		s.mt[i] = 1812433253*(s.mt[i-1]^(s.mt[i-1]>>30)) + uint32(i)
	}
	s.idx = mtN
}

func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000
}

func (s *mtState) uint32() uint32 {
	if s.idx >= mtN {
		for k := 0; k < mtN; k++ {
			y := (s.mt[k] & 0x80000000) | (s.mt[(k+1)%mtN] & 0x7fffffff)
			v := s.mt[(k+mtM)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			s.mt[k] = v
		}
		s.idx = 0
	}
	y := s.mt[s.idx]
	s.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (s *mtState) random() float64 {
	a, b := s.uint32()>>5, s.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds from a non-negative integer: its 32-bit words, least
// significant first.
func (s *mtState) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := []uint32{}
	bs := n.Bytes() // big-endian
	for end := len(bs); end > 0; end -= 4 {
		start := end - 4
		if start < 0 {
			start = 0
		}
		var w uint32
		for _, c := range bs[start:end] {
			w = w<<8 | uint32(c)
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		words = []uint32{0}
	}
	s.initByArray(words)
}

func (s *mtState) getrandbits(k int) *big.Int {
	if k <= 32 {
		return new(big.Int).SetUint64(uint64(s.uint32() >> (32 - k)))
	}
	nwords := (k-1)/32 + 1
	buf := make([]byte, nwords*4)
	for i := 0; i < nwords; i++ {
		r := s.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(nwords-1-i)*4:], r)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}

func selfMT(args []Value) (*mtState, error) {
	if len(args) > 0 && args[0].k == kObj {
		if s, ok := args[0].o.(*mtState); ok {
			return s, nil
		}
	}
	return nil, typeErrorf("descriptor requires a '_random.MersenneTwister' object")
}

// seedValue seeds from a Python value as random.Random.seed(a, version=2)
// does: None from the clock, ints by value, str/bytes through SHA-512,
// anything else by its hash.
func (vm *VM) seedValue(s *mtState, a Value) error {
	switch {
	case a.IsNull() || a.IsNone():
		s.seedInt(big.NewInt(time.Now().UnixNano()))
		return nil
	case a.isIntLike():
		s.seedInt(toBig(intBase(a)))
		return nil
	}
	var raw []byte
	if str, ok := asStr(a); ok {
		raw = []byte(str)
	} else if b, ok := a.o.(*Bytes); ok && a.k == kObj {
		raw = b.b
	}
	if raw != nil {
		sum := sha512.Sum512(raw)
		s.seedInt(new(big.Int).SetBytes(append(append([]byte(nil), raw...), sum[:]...)))
		return nil
	}
	h, err := vm.hash(a)
	if err != nil {
		return err
	}
	// the hash is taken as an unsigned machine word, not its absolute value
	s.seedInt(new(big.Int).SetUint64(uint64(h)))
	return nil
}

func setupRandomCore(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) { d.setStr(name, Obj(newBuiltin(name, fn))) }
	def("new_generator", func(vm *VM, args []Value, kw []string) (Value, error) {
		s := &mtState{}
		var a Value
		if len(args) > 0 {
			a = args[0]
		}
		return Obj(s), vm.seedValue(s, a)
	})
	def("seed", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := selfMT(args)
		if err != nil {
			return Null, err
		}
		var a Value
		if len(args) > 1 {
			a = args[1]
		}
		return None, vm.seedValue(s, a)
	})
	def("random", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := selfMT(args)
		if err != nil {
			return Null, err
		}
		return Float(s.random()), nil
	})
	def("getrandbits", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := selfMT(args)
		if err != nil {
			return Null, err
		}
		if len(args) != 2 {
			return Null, typeErrorf("getrandbits() takes exactly one argument (%d given)", len(args)-1)
		}
		k, err := vm.intArg(args[1])
		if err != nil {
			return Null, err
		}
		if k.Sign() < 0 {
			return Null, newValueError("number of bits must be non-negative")
		}
		if k.Sign() == 0 {
			return Int(0), nil
		}
		return BigInt(s.getrandbits(int(k.Int64()))), nil
	})
	def("getstate", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := selfMT(args)
		if err != nil {
			return Null, err
		}
		items := make([]Value, mtN+1)
		for i, w := range s.mt {
			items[i] = Int(int64(w))
		}
		items[mtN] = Int(int64(s.idx))
		return NewTuple(items...), nil
	})
	def("setstate", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := selfMT(args)
		if err != nil {
			return Null, err
		}
		t, ok := asTuple(args[1])
		if !ok {
			return Null, typeErrorf("state vector must be a tuple")
		}
		if len(t.items) != mtN+1 {
			return Null, newValueError("state vector is the wrong size")
		}
		for i := 0; i < mtN; i++ {
			w, err := vm.intArg(t.items[i])
			if err != nil {
				return Null, err
			}
			s.mt[i] = uint32(w.Uint64())
		}
		idx, err := vm.intArg(t.items[mtN])
		if err != nil {
			return Null, err
		}
		if idx.Sign() < 0 || idx.Cmp(big.NewInt(mtN)) > 0 {
			return Null, newValueError("invalid state")
		}
		s.idx = int(idx.Int64())
		return None, nil
	})
	// The float functions the distributions use, from the same library as
	// the math module so both agree.
	for name, f := range map[string]func(float64) float64{
		"_exp": libmOr("exp", math.Exp), "_log": libmOr("log", math.Log),
		"_cos": libmOr("cos", math.Cos), "_sin": libmOr("sin", math.Sin), "_acos": libmOr("acos", math.Acos),
	} {
		f := f
		d.setStr(name, Obj(newBuiltin(name, math1(name[1:], f, true))))
	}
	return nil
}

// randomSource is the Python half of the random module.
const randomSource = `
from _random import new_generator as _new, seed as _seed, random as _rnd, getrandbits as _bits
from _random import getstate as _getstate, setstate as _setstate, _exp, _log, _cos, _sin, _acos
from math import sqrt as _sqrt, floor as _floor, ceil as _ceil, isfinite as _isfinite, pi as _pi, e as _e
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import operator as _operator

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate",
           "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
           "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
           "triangular", "uniform", "vonmisesvariate", "weibullvariate"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._gen = _new(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version not in (1, 2) and a is not None:
            raise ValueError("version must be 1 or 2")
        if not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        _seed(self._gen, a)
        self.gauss_next = None

    def random(self):
        return _rnd(self._gen)

    def getrandbits(self, k):
        return _bits(self._gen, k)

    def getstate(self):
        return self.VERSION, _getstate(self._gen), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            _setstate(self._gen, internalstate)
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def _randbelow(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, 1)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, 2)
        width = istop - istart
        istep = _index(step, 3)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3) / LOG4)
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in _repeat(None, k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


def _index(x, pos):
    try:
        return _operator.index(x)
    except TypeError:
        ix = int(x)
        if ix != x:
            raise ValueError("non-integer %s for randrange()" % ("arg 1", "stop", "step")[pos - 1])
        return ix


class SystemRandom(Random):
    pass


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
`
