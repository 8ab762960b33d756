# CRC-32, Adler-32 and Fletcher-16 implemented with bit operations on bytes.

def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


print([f"{v:08x}" for v in CRC_TABLE[:6]], len(CRC_TABLE))
samples = [b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog",
           "Grüße, 世界".encode(), bytes(range(256)), b"\xff" * 1000]
print(f"{'input':<30}{'crc32':>10}{'adler32':>10}{'fl16':>6}")
for s in samples:
    label = repr(s) if len(s) < 24 else f"<{len(s)} bytes>"
    print(f"{label:<30}{crc32(s):>10x}{adler32(s):>10x}{fletcher16(s):>6x}")
whole = b"hello, world"
print(crc32(whole) == crc32(whole[5:], crc32(whole[:5])), hex(crc32(whole)))
flipped = bytearray(whole)
flipped[3] ^= 0x01
print("single bit flip changes crc:", crc32(flipped) != crc32(whole), f"{crc32(flipped) ^ crc32(whole):032b}")
print(crc32(b"123456789").to_bytes(4, "little").hex(), (crc32(b"abc") >> 16) & 0xFFFF, ~crc32(b"abc") & 0xFFFFFFFF)
print(sum(bin(c).count("1") for c in CRC_TABLE), max(CRC_TABLE), min(CRC_TABLE[1:]))
