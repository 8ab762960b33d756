# Text files in several encodings: what bytes land on disk and how they read back.
import sys

PATH = "_tmp_io_encodings.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


text = "Zoë Ωmega €5 — 😀"
try:
    for encoding in ("utf-8", "utf-16-le", "utf-16", "utf-32-be", "latin-1", "ascii"):
        try:
            with open(PATH, "w", encoding=encoding) as f:
                f.write(text)
        except UnicodeEncodeError as e:
            print(f"{encoding:<10} cannot encode: {e.reason} at {e.start}-{e.end} {e.object[e.start:e.end]!r}")
            with open(PATH, "w", encoding=encoding, errors="replace") as f:
                f.write(text)
        with open(PATH, "rb") as f:
            raw = f.read()
        with open(PATH, encoding=encoding) as f:
            back = f.read()
        print(f"{encoding:<10} {len(raw):>3} bytes {raw[:12].hex(' ')} -> {back!r}")
    with open(PATH, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write(text)
    with open(PATH, encoding="ascii") as f:
        print(f.read())
    with open(PATH, "w", encoding="ascii", errors="backslashreplace") as f:
        f.write(text)
    with open(PATH) as f:
        print(f.read(), f.encoding)
    with open(PATH, "wb") as f:
        f.write(b"\xef\xbb\xbfBOM text\n")
    for enc in ("utf-8", "utf-8-sig"):
        with open(PATH, encoding=enc) as f:
            print(enc, repr(f.read()))
    try:
        open(PATH, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
finally:
    remove(PATH)
