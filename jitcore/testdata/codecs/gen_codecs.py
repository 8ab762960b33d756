#!/usr/bin/env python3
"""Regenerates codecs.golden.jsonl from CPython (str.encode, bytes.decode).

Run from jitcore:  python3 testdata/codecs/gen_codecs.py
Each line: {"op": "encode"|"decode", "in": [code points] or "hex",
"enc": name, "errors": handler, "out": "hex" or [code points]} or
"err": [exception type, str(exception)].
"""
import json
import os

ENCODINGS = ["utf-8", "UTF8", "utf_8_sig", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-le",
             "utf-32-be", "latin-1", "iso-8859-1", "ascii", "us-ascii", "cp1252", "windows-1252", "no-such"]
HANDLERS = ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
            "surrogatepass", "bogus"]
TEXTS = ["", "plain", "café", "Zoë Ωmega €5 — 😀", "\u0100\u0101x\u0102", "a\ud800b", "\udc80\udcff",
         "\ud83d\ude00", "x\udfff\ud800y", "\x80\x9f\xa0\xff", "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", "\U0010ffff"]
BLOBS = [b"", b"plain", "café".encode(), b"caf\xe9", b"caf\xe9 x", b"\xff\xfe", b"\xfe\xff\x00a",
         b"\xef\xbb\xbfbom", b"ab\xf0\x9f", b"ab\xf0\x9f\x98", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xed\xb3\xbfz",
         b"\xf4\x90\x80\x80", b"\xc0\xaf", b"a\x00\x00\xd8", b"a\x00\x00\xdc", b"a\x00\x00\xd8b\x00", b"a\x00\x00",
         b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x81\x8d\x80\x9f",
         bytes(range(0x7c, 0x84)), b"\xc3\xa9\xc3"]


def result(fn):
    try:
        r = fn()
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}
    if isinstance(r, bytes):
        return {"out": r.hex()}
    return {"out": [ord(c) for c in r]}


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "codecs.golden.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for enc in ENCODINGS:
            for errors in HANDLERS:
                for t in TEXTS:
                    case = {"op": "encode", "in": [ord(c) for c in t], "enc": enc, "errors": errors}
                    case.update(result(lambda: t.encode(enc, errors)))
                    out.write(json.dumps(case) + "\n")
                for b in BLOBS:
                    case = {"op": "decode", "in": b.hex(), "enc": enc, "errors": errors}
                    case.update(result(lambda: b.decode(enc, errors)))
                    out.write(json.dumps(case) + "\n")


main()
