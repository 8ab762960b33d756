# Newline translation in text mode: writing \r\n and \r, reading with newline=None, "" and "\n".
import sys

PATH = "_tmp_io_newline_modes.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


try:
    with open(PATH, "wb") as f:
        f.write(b"unix\nwindows\r\nold mac\rlast line without end")
    with open(PATH) as f:
        data = f.read()
        print(repr(data), repr(f.newlines))
    with open(PATH, newline="") as f:
        print(repr(f.read()))
    with open(PATH, newline="") as f:
        print(f.readlines())
    with open(PATH, newline="\n") as f:
        print(f.readlines())
    with open(PATH, newline="\r") as f:
        print(f.readlines())
    with open(PATH) as f:
        print([line for line in f])
    with open(PATH, "w", newline="\r\n") as f:
        f.write("one\ntwo\n")
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, "w", newline="") as f:
        f.write("keep\r\nas\nis\r")
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, "w") as f:
        f.write("default\nmode\r\n")
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH) as f:
        print(repr(f.read()), len("default\nmode\r\n".splitlines()))
    for bad in ("\t", "x", "\n\r"):
        try:
            open(PATH, newline=bad)
        except ValueError as e:
            print(type(e).__name__, repr(str(e)))
finally:
    remove(PATH)
