# repr of every byte value, grouped; bytes vs str repr rules and escapes.

rows = []
for start in range(0, 256, 16):
    chunk = bytes(range(start, start + 16))
    rows.append(f"{start:02x}: {chunk!r}")
print("\n".join(rows))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\t\n\r\x0b\x0c"), repr(b""))
print(repr(bytearray(b"'")), repr(bytearray()), str(b"abc"), ascii(b"\xff"), f"{b'x'!r}")
printable = bytes(b for b in range(256) if repr(bytes([b]))[2:-1] == chr(b))
print(len(printable), printable[:10], printable[-10:])
escaped = {b: repr(bytes([b]))[2:-1] for b in (0, 7, 8, 9, 10, 11, 12, 13, 27, 39, 92, 127, 128, 255)}
print(escaped)
print(len(repr(bytes(range(256)))), repr(bytes(range(256))).count("\\x"))
data = "naïve café ½".encode()
print(data, data.decode(), len(data), list(data[2:4]), data.hex(), data.upper(), data.title())
print(b"abc"[0], b"abc"[0:1], b"abc"[-1:], bytes([b"abc"[1]]), b"abc"[::-1], b"abc" * 0)
print(b"x" in b"xyz", 120 in b"xyz", b"" in b"abc", b"yz" in bytearray(b"xyz"))
try:
    "s" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
