# Reading a file in chunks and lines: iter(f.readline, ''), read(n) loops, tell/seek in text mode.
import sys

PATH = "_tmp_io_readline_loops.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


text = "".join(f"record {i:03d}: {'x' * (i % 7)}\n" for i in range(1, 13))
try:
    with open(PATH, "w") as f:
        f.write(text)
    with open(PATH) as f:
        lines = list(iter(f.readline, ""))
    print(len(lines), lines[0], lines[-1], end="")
    with open(PATH) as f:
        chunks = []
        while True:
            chunk = f.read(50)
            if not chunk:
                break
            chunks.append(chunk)
    print(len(chunks), [len(c) for c in chunks], "".join(chunks) == text)
    with open(PATH) as f:
        positions = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            positions.append(pos)
        print(positions[:6], f.tell() == len(text))
        f.seek(positions[4])
        print(repr(f.readline()))
        f.seek(0)
        print(repr(f.read(6)), f.tell())
    with open(PATH) as f:
        head = [next(f) for _ in range(3)]
        rest = f.readlines()
    print([h.rstrip() for h in head], len(rest))
    with open(PATH) as f:
        longest = max(f, key=len)
    print(repr(longest))
    with open(PATH) as f:
        numbered = {int(line[7:10]): line.count("x") for line in f}
    print(numbered)
    with open(PATH, "rb") as f:
        blocks = list(iter(lambda: f.read(64), b""))
    print([len(b) for b in blocks], blocks[-1][-12:])
    with open(PATH) as f:
        f.readline()
        print(f.readline(4), f.readline(0) == "", repr(f.readline(-1)))
finally:
    remove(PATH)
