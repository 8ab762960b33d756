# Files and codecs beyond UTF-8: BOMs, surrogateescape round trips, the buffer under a text file.
import sys

PATH = "_tmp_io_codec_roundtrips.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


def attempt(label, action):
    try:
        print(f"{label}: {action()!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


try:
    raw = b"caf\xe9 \xff\xfe ok\n"
    text = raw.decode("utf-8", "surrogateescape")
    print(ascii(text), len(text), text.encode("utf-8", "surrogateescape") == raw)
    attempt("strict re-encode", lambda: text.encode("utf-8"))
    attempt("utf-16 escape", lambda: "\udce9".encode("utf-16-le", "surrogateescape"))
    attempt("ascii escape run", lambda: "a\udce9\u0100".encode("ascii", "surrogateescape"))
    attempt("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == "\ud800")
    attempt("handler wrap", lambda: "Ω".encode("cp1252", "no-handler"))
    attempt("empty decode", lambda: b"".decode("no-such-codec"))

    with open(PATH, "wb") as f:
        f.write("\ufeffbig endian\nsecond\r\n".encode("utf-16-be"))
    with open(PATH, encoding="utf-16") as f:
        print(f.readlines(), f.newlines)
    with open(PATH, "w", encoding="utf-32") as f:
        f.write("one\n")
    with open(PATH, "a", encoding="utf-32") as f:
        f.write("two\n")
    with open(PATH, "rb") as f:
        data = f.read()
    print(len(data), data[:8], data.count(b"\xff\xfe\x00\x00"))
    with open(PATH, encoding="utf-32") as f:
        print(repr(f.read()))

    with open(PATH, "w", encoding="latin-1", newline="\r\n") as tf:
        tf.write("Zoë\n")
        tf.flush()
        print(type(tf.buffer), type(tf), tf.buffer.mode, tf.buffer.write(b"raw\n"))
    with open(PATH, "rb") as f:
        print(f.read(), f.closed)
    print(tf.closed, tf.buffer.closed)
    attempt("iterate closed binary", lambda: list(f))
    with open(PATH, "r+b") as f:
        f.seek(-4, 2)
        print(f.read(), f.tell(), f.truncate(3), f.tell())
        f.seek(0)
        print(f.readlines())

    e = OSError(2, "No such file or directory", "x.txt")
    print(type(e).__name__, e.args, e.errno, e.filename, str(e))
    print(OSError(13, "Permission denied"), OSError("just text").errno, type(OSError(17, "exists")).__name__)
    u = UnicodeDecodeError("ascii", b"ab\xff", 2, 3, "ordinal not in range(128)")
    print(u.start, u.end, u.object, str(u))

    print(b"  a  b  c  ".split(None, 1), b"  a  b  c  ".rsplit(None, 1), b"a\x85b\xa0c".split())
    print(b"\xe9T\xc9t".upper(), b"\xe9T\xc9t".lower(), b"hello wORLD".capitalize(), b"AB\xffcd".istitle())
    ba = bytearray(b"0123456789")
    ba[2:8:2] = b"abc"
    del ba[-2:]
    ba.insert(-1, 0x7A)
    ba += b"!"
    print(ba, ba.pop(0), ba.pop(-1), ba.index(b"a"), bytes(ba).hex(":"))
    attempt("bytes in float", lambda: 1.5 in b"ab")
    attempt("bytearray concat", lambda: bytearray(b"a") + "b")
    attempt("to_bytes signed", lambda: (128).to_bytes(1, "big", signed=True))
    attempt("from_bytes str", lambda: int.from_bytes("ab", "big"))
    print("x\udcffy"[::-1] == "y\udcffx", len("\ud800\udc00"), ascii("\ud83d\ude00"[1]))
finally:
    remove(PATH)
