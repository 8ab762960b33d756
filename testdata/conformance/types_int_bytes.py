# int.to_bytes / int.from_bytes round trips and a tiny binary record format.

for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 63):
    length = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(length, "big")
    little = n.to_bytes(length, "little")
    print(n, length, big, little, big.hex(), int.from_bytes(big, "big") == n)

for n in (-1, -128, -129, 127, -32768):
    b = n.to_bytes(2, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))

print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print((1024).to_bytes(4, "big"), (1024).to_bytes(4, byteorder="little"))
print((5).to_bytes(), (300).to_bytes(2))

def pack_record(ident, balance, flags):
    return (ident.to_bytes(2, "big") + balance.to_bytes(4, "big", signed=True)
            + flags.to_bytes(1, "big"))

def unpack_record(data):
    return (int.from_bytes(data[0:2], "big"),
            int.from_bytes(data[2:6], "big", signed=True),
            int.from_bytes(data[6:7], "big"))

records = [(1, 1500, 3), (512, -20000, 0), (65535, 2 ** 31 - 1, 255)]
blob = b"".join(pack_record(*r) for r in records)
print(len(blob), blob.hex(" "))
decoded = [unpack_record(blob[i:i + 7]) for i in range(0, len(blob), 7)]
print(decoded, decoded == records)

for args in [(256, 1, "big"), (-1, 1, "big"), (2 ** 31, 4, "big", True)]:
    n, length, order = args[:3]
    signed = args[3] if len(args) > 3 else False
    try:
        n.to_bytes(length, order, signed=signed)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
