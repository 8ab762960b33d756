# An xxd-style hex dump with offsets, grouped bytes and a printable column.

def hexdump(data, width=16, group=2):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hex_groups = []
        for g in range(0, len(chunk), group):
            hex_groups.append(chunk[g:g + group].hex())
        hex_part = " ".join(hex_groups)
        full = width * 2 + (width // group - 1)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}: {hex_part:<{full}}  {text}")
    return "\n".join(lines)


def parse_dump(text):
    out = bytearray()
    for line in text.splitlines():
        _, rest = line.split(": ", 1)
        hex_part = rest.split("  ", 1)[0]
        out += bytes.fromhex(hex_part)
    return bytes(out)


message = "Hello, hex dump!\nTabs\tand émoji 😀 included.\x00\x01\x7f".encode()
dump = hexdump(message)
print(dump)
print(parse_dump(dump) == message, len(message))
print()
print(hexdump(bytes(range(0, 256, 7)), width=8, group=1))
print()
print(hexdump(b"short", width=4, group=4))
counts = [0] * 4
for b in message:
    if b < 32:
        counts[0] += 1
    elif b < 127:
        counts[1] += 1
    elif b == 127:
        counts[2] += 1
    else:
        counts[3] += 1
print(dict(zip(("control", "printable", "delete", "high"), counts)))
print(" ".join(f"{b:02X}" for b in message[-6:]), " ".join(f"{b:08b}" for b in message[:2]))
print(" ".join(f"{b:03o}" for b in b"\t\n\r"), message[:5].hex(":"), message.rfind(b"\xf0"))
