# Binary files: a tiny length-prefixed record format written, then read with seek/tell.
import sys

PATH = "_tmp_io_binary_roundtrip.bin"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


records = [b"first", b"", "s\u00e9cond".encode(), bytes(range(5)), b"\xff" * 3]
try:
    with open(PATH, "wb") as f:
        print(repr(f), f.mode)
        f.write(b"REC1")
        for rec in records:
            f.write(len(rec).to_bytes(2, "big"))
            f.write(rec)
        print("tell after writing", f.tell())
        written = f.write(bytearray(b"\x00END"))
        print("trailer bytes", written)

    with open(PATH, "rb") as f:
        print(repr(f), f.read(4))
        out = []
        while True:
            head = f.read(2)
            if head == b"\x00E":
                break
            size = int.from_bytes(head, "big")
            out.append(f.read(size))
        print(out, out == records)
        print("position", f.tell(), f.read(), f.read(), f.tell())
        f.seek(0)
        print(f.read(6), f.tell())
        f.seek(-3, 2)
        print(f.read(), f.seek(4), f.read(2))

    with open(PATH, "rb") as f:
        data = f.read()
    print(len(data), data[:12].hex(" "), data.count(b"\xff"))
    with open(PATH, "r+b") as f:
        f.seek(0)
        f.write(b"rec2")
    with open(PATH, "rb") as f:
        print(f.read(4), len(f.read()))
    with open(PATH, "rb") as f:
        print(f.readline()[:8], f.readlines())
finally:
    remove(PATH)
