# Writing a text file, then reading it back with read, readline, readlines and iteration.
import sys

PATH = "_tmp_io_text_write_read.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


lines = ["alpha 1", "beta 22", "gamma 333", "", "delta 4444"]
try:
    with open(PATH, "w") as f:
        print(f.name, f.mode, f.closed, f.writable(), f.readable(), repr(f))
        for line in lines:
            count = f.write(line + "\n")
            print("wrote", count, "chars")
    print("closed after with:", f.closed)

    with open(PATH) as f:
        whole = f.read()
    print(repr(whole), len(whole), whole.count("\n"))

    with open(PATH, "r") as f:
        print(repr(f.readline()), repr(f.readline()))
        print(repr(f.read(5)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()), repr(f.read()))

    with open(PATH) as f:
        for number, line in enumerate(f, 1):
            name, _, value = line.rstrip("\n").partition(" ")
            print(f"{number}: name={name!r} value={value!r}")

    with open(PATH) as f:
        total = sum(int(line.split()[1]) for line in f if line.strip())
    print("total", total)
    with open(PATH) as f:
        print([len(l) for l in f.readlines()], list(map(str.strip, open(PATH))))
    with open(PATH, encoding="utf-8") as f:
        print(f.readline(3), f.readline(100), f.readlines(5))
finally:
    remove(PATH)
