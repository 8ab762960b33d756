# A BitSet class over an int: &, |, ^, ~, <<, >>, -, reflected with ints, and in-place forms.
class BitSet:
    def __init__(self, bits=0, width=16):
        self.width = width
        self.bits = bits & ((1 << width) - 1)

    @classmethod
    def of(cls, *members, width=16):
        bits = 0
        for m in members:
            if not 0 <= m < width:
                raise ValueError(f"member {m} outside 0..{width - 1}")
            bits |= 1 << m
        return cls(bits, width)

    def _coerce(self, other):
        if isinstance(other, BitSet):
            return other.bits
        if isinstance(other, int) and not isinstance(other, bool):
            return other
        return None

    def _binary(self, other, fn):
        value = self._coerce(other)
        return NotImplemented if value is None else BitSet(fn(self.bits, value), self.width)

    def __and__(self, other): return self._binary(other, lambda a, b: a & b)
    def __or__(self, other): return self._binary(other, lambda a, b: a | b)
    def __xor__(self, other): return self._binary(other, lambda a, b: a ^ b)
    def __sub__(self, other): return self._binary(other, lambda a, b: a & ~b)
    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def __rsub__(self, other):
        return self._binary(other, lambda a, b: b & ~a)

    def __invert__(self):
        return BitSet(~self.bits, self.width)

    def __lshift__(self, n):
        return BitSet(self.bits << n, self.width)

    def __rshift__(self, n):
        return BitSet(self.bits >> n, self.width)

    def __ior__(self, other):
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        self.bits = (self.bits | value) & ((1 << self.width) - 1)
        return self

    def __iter__(self):
        return (i for i in range(self.width) if self.bits >> i & 1)

    def __len__(self):
        return bin(self.bits).count("1")

    def __contains__(self, i):
        return bool(self.bits >> i & 1)

    def __eq__(self, other):
        value = self._coerce(other)
        return NotImplemented if value is None else self.bits == value

    def __hash__(self):
        return hash(self.bits)

    def __repr__(self):
        return f"BitSet({{{', '.join(map(str, self))}}})"

    def __format__(self, spec):
        return format(self.bits, spec or f"0{self.width}b")

a, b = BitSet.of(1, 3, 5, 7), BitSet.of(3, 4, 5)
print(a, b, len(a), 3 in a, 4 in a)
print(a & b, a | b, a ^ b, a - b, b - a)
print(~a, a << 2, a >> 3, BitSet.of(15) << 1)
print(a & 0b1010, 0b1010 & a, 0xFF - a, 6 | b, 1 ^ a)
print(f"{a}", f"{a:x}", f"{a:#06x}", f"{b:>20}")
c = a
c |= 0b1
c |= b
print(c, c is a, a == 0b10111011, a == BitSet.of(0, 1, 3, 4, 5, 7), {a: "set"}[BitSet(a.bits)])
try:
    a & "x"
except TypeError as exc:
    print("TypeError:", exc)
try:
    a & True
except TypeError as exc:
    print("TypeError:", exc)
try:
    BitSet.of(16)
except ValueError as exc:
    print("ValueError:", exc)
