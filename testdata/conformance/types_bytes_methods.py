# bytes methods on a small binary protocol: split, strip, find, replace, hex, fromhex.

packet = b"HDR|v=2|len=0011|payload=hello world|crc=3f\r\n"
print(packet, len(packet), packet[0], packet[:3], packet[-2:], packet[::-1][:4])
fields = packet.rstrip(b"\r\n").split(b"|")
print(fields)
parsed = dict(f.split(b"=", 1) for f in fields[1:])
print(parsed)
print(int(parsed[b"len"]), parsed[b"payload"].upper(), parsed[b"crc"].decode())
print(packet.find(b"len"), packet.index(b"|", 4), packet.count(b"|"), packet.rfind(b"=") )
print(packet.startswith(b"HDR"), packet.endswith((b"\n", b"x")), b"load" in packet, 124 in packet)
print(b"  padded  ".strip(), b"xxdataxx".strip(b"x"), b"a-b-c".replace(b"-", b"+"))
print(b"hello".hex(), b"hello".hex("-"), b"\x00\xff\x10".hex(":", 2), bytes.fromhex("de ad be ef"))
print(b"Mixed Case".lower(), b"Mixed Case".swapcase(), b"title me".title(), b"abc".center(9, b"*"))
print(b"12".zfill(5), b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines())
print(b",".join([b"a", b"b", b"c"]), b"".join([]), b"abc".partition(b"b"), b"abc".rpartition(b"x"))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Abc".istitle(), b"\xff".isalnum())
print(bytes(5), bytes([65, 66, 67]), bytes(range(0x41, 0x48)), bytes("é", "utf-8"), bytes(b"x"))
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"b" > b"abc", b"abc" == "abc")
print(list(b"hi!"), [chr(c) for c in b"hi!"], b"%s=%d" % (b"key", 42), b"%05.1f|%x" % (3.14159, 255))
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".rsplit(None, 1), b"ab".ljust(4, b"."))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"hello world".translate(None, b"lo"), b"data".removeprefix(b"da"), b"data".removesuffix(b"ta"))

def checksum(data):
    total = 0
    for byte in data:
        total = (total + byte) & 0xFF
    return total

print(checksum(packet), hex(checksum(b"hello world")), f"{checksum(b''):02x}")
for bad in [lambda: b"abc" + "def", lambda: b"abc"[10], lambda: bytes([256]),
            lambda: bytes.fromhex("abc"), lambda: b"x".index(b"y"), lambda: bytes("é")]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
