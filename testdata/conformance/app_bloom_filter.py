# A Bloom filter over a bytearray bitset using integer hash mixing (no string hashing).

class Bloom:
    def __init__(self, bits, hashes):
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray((bits + 7) // 8)

    @staticmethod
    def fnv1a(data, seed):
        h = (0xCBF29CE484222325 ^ seed) & 0xFFFFFFFFFFFFFFFF
        for b in data:
            h ^= b
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        return h

    def positions(self, item):
        data = item.encode()
        h1, h2 = self.fnv1a(data, 0), self.fnv1a(data, 0x9E3779B97F4A7C15)
        return [(h1 + i * h2) % self.bits for i in range(self.hashes)]

    def add(self, item):
        for p in self.positions(item):
            self.array[p >> 3] |= 1 << (p & 7)

    def __contains__(self, item):
        return all(self.array[p >> 3] & (1 << (p & 7)) for p in self.positions(item))

    def fill_ratio(self):
        return sum(bin(byte).count("1") for byte in self.array) / self.bits


members = [f"user{i:04d}@example.com" for i in range(0, 400, 2)]
outsiders = [f"user{i:04d}@example.com" for i in range(1, 400, 2)]
print(Bloom.fnv1a(b"", 0), Bloom.fnv1a(b"a", 0), hex(Bloom.fnv1a(b"hello", 0)))
for bits, hashes in [(512, 3), (2048, 3), (2048, 5), (8192, 4)]:
    bf = Bloom(bits, hashes)
    for m in members:
        bf.add(m)
    missed = sum(m not in bf for m in members)
    false_pos = sum(o in bf for o in outsiders)
    print(f"bits={bits:>5} k={hashes} fill={bf.fill_ratio():.3f} missed={missed} "
          f"false positives={false_pos:>3} ({false_pos / len(outsiders):.1%})")
bf = Bloom(64, 2)
bf.add("alpha")
print(bf.positions("alpha"), bf.array.hex(), "alpha" in bf, "beta" in bf, bf.positions("beta"))
print(bytes(bf.array[:4]), len(bf.array), [format(b, "08b") for b in bf.array if b])
