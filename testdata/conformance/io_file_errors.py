# File errors: missing files, closed files, wrong modes and wrong argument types.
import sys

PATH = "_tmp_io_file_errors.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


def attempt(label, action):
    try:
        result = action()
        print(f"{label}: ok {result!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("open missing", lambda: open("_no_such_file.txt"))
attempt("open missing dir", lambda: open("_no_dir/x.txt", "w"))
attempt("bad mode", lambda: open(PATH, "rw"))
attempt("bad mode letter", lambda: open(PATH, "q"))
attempt("binary with encoding", lambda: open(PATH, "wb", encoding="utf-8"))
try:
    with open(PATH, "w") as f:
        f.write("data\n")
        attempt("write int", lambda: f.write(42))
        attempt("read from w", lambda: f.read())
    attempt("write closed", lambda: f.write("x"))
    attempt("read closed", lambda: f.read())
    attempt("exclusive create", lambda: open(PATH, "x"))
    with open(PATH) as f:
        attempt("write to r", lambda: f.write("x"))
        attempt("readline", lambda: f.readline())
    with open(PATH, "rb") as f:
        attempt("binary read", lambda: f.read())
        attempt("binary seek end", lambda: f.seek(0, 2))
    with open(PATH, "wb") as f:
        attempt("write str to binary", lambda: f.write("text"))
        attempt("write bytes", lambda: f.write(b"caf\xe9\n"))
    with open(PATH, encoding="utf-8") as f:
        attempt("decode bad utf-8", lambda: f.read())
    with open(PATH, encoding="utf-8", errors="replace") as f:
        attempt("decode with replace", lambda: f.read())
    with open(PATH, encoding="latin-1") as f:
        attempt("decode latin-1", lambda: f.read())
    attempt("open int name", lambda: open(3.5))
    attempt("iterate closed", lambda: next(iter(f)))
finally:
    remove(PATH)
