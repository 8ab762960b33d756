package jitcore

import (
	"math"
	"math/big"
	"math/bits"
)

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// hashInt is CPython's hash of an int: the value modulo 2**61-1, keeping
// the sign, with -1 mapped to -2.
func hashInt(i int64) int64 {
	if i >= 0 {
		h := i % hashModulus
		return h
	}
	if i == math.MinInt64 {
		return hashBigInt(big.NewInt(i))
	}
	h := -((-i) % hashModulus)
	if h == -1 {
		h = -2
	}
	return h
}

func hashBigInt(b *big.Int) int64 {
	m := new(big.Int).Abs(b)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's hash of a float (equal to the int hash for
// integral values).
func hashFloat(x float64) int64 {
	if math.IsInf(x, 0) {
		if x > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(x) {
		return 0
	}
	m, e := math.Frexp(x)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var h uint64
	for m != 0 {
		h = ((h << 28) & hashModulus) | h>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		h += y
		if h >= hashModulus {
			h -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	h = ((h << uint(e)) & hashModulus) | h>>(hashBits-uint(e))
	r := int64(h) * sign
	if r == -1 {
		r = -2
	}
	return r
}

// hashString hashes str contents (CPython randomizes this; any function
// will do). Like CPython it gives 0 for the empty str and, for any other,
// a non-zero, non-negative value: strObj caches it with 0 as "not yet".
func hashString(s string) int64 {
	if s == "" {
		return 0
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == 0 {
		r = 1
	}
	return r
}

const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// hashTuple is CPython 3.8+'s xxHash-based tuple hash.
func hashTuple(hs []int64) int64 {
	acc := xxPrime5
	for _, h := range hs {
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(hs)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// hashFrozenSet is CPython's frozenset hash.
func hashFrozenSet(hs []int64) int64 {
	var h uint64
	for _, x := range hs {
		u := uint64(x)
		h ^= ((u ^ 89869747) ^ (u << 16)) * 3644798167
	}
	h ^= (uint64(len(hs)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int64(h)
}
