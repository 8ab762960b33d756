# A prime sieve on bytearray plus bytearray mutation methods.

def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]

primes = sieve(200)
print(len(primes), primes[:15], primes[-5:])
print(sum(sieve(10000)), len(sieve(10000)))

buf = bytearray(b"hello")
print(buf, len(buf), buf[0], buf[-1:])
buf[0] = ord("H")
buf.append(33)
buf.extend(b" world")
buf += b"!!"
print(buf)
buf[5:5] = b","
print(buf, buf.pop(), buf.pop(0), buf)
buf.insert(0, 74)
buf.remove(ord("o"))
print(buf, buf.find(b"world"), buf.count(b"l"))
del buf[1:3]
print(buf)
buf[::2] = b"_" * len(buf[::2])
print(buf)
buf.reverse()
print(buf, buf.upper(), bytes(buf[:3]), buf.hex()[:10])
buf.clear()
print(buf, len(buf), bytearray(3), bytearray(range(5)), bytearray("ab", "ascii"))
copy = bytearray(b"abc")
alias = copy
dup = copy.copy()
copy[0] = 0x7A
print(alias, dup, copy == alias, copy == dup, copy == b"zbc")
print(bytearray(b"a b").split(), bytearray(b"xyz").replace(b"y", b"YY"), bytearray.fromhex("4142"))
for bad in [lambda: buf.pop(), lambda: bytearray(b"a").__setitem__(0, 300),
            lambda: bytearray(b"ab").remove(120), lambda: bytearray(b"ab").__setitem__(0, "a"),
            lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
