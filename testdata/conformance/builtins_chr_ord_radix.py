# chr/ord and hex/oct/bin: a character table and a base64-like encoder by hand.

for cp in (9, 32, 48, 65, 97, 126, 127, 160, 233, 955, 8364, 128512):
    ch = chr(cp)
    print(f"{cp:>6} {hex(cp):>8} {oct(cp):>9} {bin(cp):>20} {ch!r:>8} {ord(ch) == cp}")

print(hex(0), hex(-1), hex(2 ** 64), oct(0), oct(-64), bin(0), bin(-10), bin(2 ** 20))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))

class Flags:
    def __index__(self):
        return 42

print(hex(Flags()), bin(Flags()), oct(Flags()), chr(Flags()), [1, 2, 3][:Flags()])

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def encode64(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)

def decode64(text):
    values = [ALPHABET.index(c) for c in text if c != "="]
    bits = "".join(bin(v)[2:].zfill(6) for v in values)
    usable = len(bits) // 8 * 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))

for sample in (b"", b"f", b"fo", b"foo", b"foobar", b"Hello, World!", "héllo".encode()):
    enc = encode64(sample)
    print(f"{sample!r:24} {enc:24} {decode64(enc) == sample}")

shifted = "".join(chr(ord(c) + 1) for c in "HAL")
print(shifted, [ord(c) - ord("a") for c in "python"], chr(ord("a") + 25).upper())
print(sum(map(ord, "checksum")) % 256, "".join(chr(c) for c in range(0x41, 0x41 + 26, 5)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""),
            lambda: ord("ab"), lambda: hex(1.5), lambda: bin("1"), lambda: ord(65)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
