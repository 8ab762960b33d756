# Run-length encoding over bytes: encoder, decoder, statistics and a corrupt-input check.

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)


def rle_decode(blob):
    if len(blob) % 2:
        raise ValueError(f"truncated stream: {len(blob)} bytes")
    out = bytearray()
    for i in range(0, len(blob), 2):
        count, value = blob[i], blob[i + 1]
        if count == 0:
            raise ValueError(f"zero-length run at offset {i}")
        out.extend(bytes([value]) * count)
    return bytes(out)


samples = [
    b"",
    b"A",
    b"AAAABBBCCD",
    b"abcdef",
    b"\x00" * 300,
    bytes(range(4)) * 3,
    "ééé---".encode(),
    b"W" * 12 + b"B" + b"W" * 12 + b"BBB" + b"W" * 24,
]
print(f"{'input':<34}{'in':>5}{'out':>5}{'ratio':>8}  ok")
for data in samples:
    enc = rle_encode(data)
    dec = rle_decode(enc)
    ratio = len(enc) / len(data) if data else 0.0
    shown = repr(data) if len(data) <= 30 else repr(data[:20]) + "..."
    print(f"{shown:<34}{len(data):>5}{len(enc):>5}{ratio:>8.2f}  {dec == data}")

enc = rle_encode(samples[7])
print(enc, enc.hex(" "))
print([(enc[i], chr(enc[i + 1])) for i in range(0, len(enc), 2)])
print(rle_encode(b"\x00" * 300).hex(), list(rle_encode(bytearray(b"zzz"))))
image = [
    "....##....",
    "...#..#...",
    "..######..",
    ".#......#.",
]
packed = [rle_encode(row.encode()) for row in image]
for row, p in zip(image, packed):
    runs = " ".join(f"{p[i]}{chr(p[i + 1])}" for i in range(0, len(p), 2))
    print(row, "->", runs)
print("round trip image:", [rle_decode(p).decode() for p in packed] == image)
for bad in (b"\x03", b"\x02A\x00B", bytes([1, 65, 2])):
    try:
        rle_decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)
