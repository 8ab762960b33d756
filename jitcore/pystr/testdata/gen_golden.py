#!/usr/bin/env python3
"""Regenerates testdata/methods.golden.jsonl from CPython.

Run from jitcore/pystr:  python3 testdata/gen_golden.py
Each line: {"fn": name, "s": receiver, "a": [args], "out": result} or
"err": [exception type, message]. Omitted start/end bounds are written as
null; maxsplit/count -1 means "all".
"""
import json
import os
import random

rng = random.Random(int(os.environ.get("GOLDEN_SEED", "1121")))

STRINGS = [
    "", "a", "Hello World", "  hello  world  ", "ß", "İstanbul", "ΑΣ", "ΑΣ.", "ὈΔΥΣΣΕΎΣ", "ǅungla", "ﬁre",
    "a\tb\tc", "ab\tcd\n\tx\r\ty", "line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x1d\x1e\x85u\u2028v\u2029end\n",
    "\u3000x\u00a0y\u2003 z\x1f\x1c", "١٢٣", "½", "²", "Ⅻ", "hello_world1", "1abc", "日本語テキスト", "Ǆ", "ῼ",
    "ꭰ", "e\u0301", "σς", "Σ", "aΣ", "aΣb", "a'Σ", "A\u0345Σ", "AΣ\u0345b", "Σa", "x'y", "x\"y", "'\"",
    "\x00\x07\x7f\x80\x9f\xa0\xad", "\u200b\u2028\ufeff\U0001f600\U000e0001\U0010ffff", "\\n",
    "hello world hello", "aaa", "abcabcabc", "-42", "+7", "42", "Mixed CASE words_and-DASHES", "They're bill's",
    "ǈǋǲ", "ﬀ ﬄ", "ŉ", "ΐ", "\u0130\u0131", "𝐀𝐁𝐂", "𐐀𐐨", "Ⓐⓐ", "iİıI", "straße", "ǰ", "ＡＢＣ",
    "x" * 3 + "\u0661" + "_", "__init__", "9lives", "℘x", "℮", "·x", "a·b", "\u2160\u2170",
]

ALPHABET = "aZ \tΣσςßİıǅ\u0345\u0301'.1١_\n\r\x1cﬁ日\u2028x"
STRINGS += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 10))) for _ in range(150)]

FUNCS0 = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdecimal", "isdigit",
          "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable",
          "isascii", "split", "rsplit", "strip", "lstrip", "rstrip", "splitlines", "repr", "ascii", "len"]


def run(f):
    try:
        return {"out": f()}
    except Exception as e:  # noqa: BLE001 - every exception is golden data
        return {"err": [type(e).__name__, str(e)]}


def call(out, fn, s, args, f):
    out.append({"fn": fn, "s": s, "a": args, **run(f)})


def bounds():
    return rng.choice([[None, None], [0, None], [1, None], [-3, None], [2, -1], [-100, 100], [5, 2], [3, 3],
                       [100, None], [0, 0], [-1, None]])


def sub_of(s):
    if s and rng.random() < 0.7:
        i = rng.randrange(len(s))
        return s[i:i + rng.randint(0, 3)]
    return rng.choice(["", "a", "l", "Σ", "xyz", "\u2028"])


def main():
    out = []
    for s in STRINGS:
        for fn in FUNCS0:
            if fn == "repr":
                call(out, fn, s, [], lambda: repr(s))
            elif fn == "ascii":
                call(out, fn, s, [], lambda: ascii(s))
            elif fn == "len":
                call(out, fn, s, [], lambda: len(s))
            else:
                call(out, fn, s, [], lambda: getattr(s, fn)())
        call(out, "splitlines", s, [True], lambda: s.splitlines(True))
        for m in [0, 1, 2]:
            call(out, "split", s, [None, m], lambda: s.split(None, m))
            call(out, "rsplit", s, [None, m], lambda: s.rsplit(None, m))
        for _ in range(12):
            sub = sub_of(s)
            st, en = bounds()
            for fn in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                call(out, fn, s, [sub, st, en], lambda: getattr(s, fn)(sub, st, en))
            m = rng.choice([-1, 0, 1, 2])
            call(out, "split", s, [sub, m], lambda: s.split(sub, m))
            call(out, "rsplit", s, [sub, m], lambda: s.rsplit(sub, m))
            call(out, "partition", s, [sub], lambda: list(s.partition(sub)))
            call(out, "rpartition", s, [sub], lambda: list(s.rpartition(sub)))
            new = rng.choice(["", "-", "ΣΣ", "xyz"])
            call(out, "replace", s, [sub, new, m], lambda: s.replace(sub, new, m))
            call(out, "strip", s, [sub], lambda: s.strip(sub))
            call(out, "lstrip", s, [sub], lambda: s.lstrip(sub))
            call(out, "rstrip", s, [sub], lambda: s.rstrip(sub))
            call(out, "removeprefix", s, [sub], lambda: s.removeprefix(sub))
            call(out, "removesuffix", s, [sub], lambda: s.removesuffix(sub))
        for w in [0, 5, 10, 11, 20]:
            for fill in [" ", "*", "é"]:
                call(out, "center", s, [w, fill], lambda: s.center(w, fill))
                call(out, "ljust", s, [w, fill], lambda: s.ljust(w, fill))
                call(out, "rjust", s, [w, fill], lambda: s.rjust(w, fill))
            call(out, "zfill", s, [w], lambda: s.zfill(w))
        for t in [-1, 0, 1, 4, 8]:
            call(out, "expandtabs", s, [t], lambda: s.expandtabs(t))
        for _ in range(6):
            start = rng.choice([None, 0, 1, -2, 5, -100])
            stop = rng.choice([None, 0, 3, -1, 100])
            step = rng.choice([None, 1, 2, -1, -2, 3])
            call(out, "slice", s, [start, stop, step], lambda: s[start:stop:step])
        for i in [0, 1, -1, len(s), -len(s) - 1]:
            call(out, "getitem", s, [i], lambda: s[i])
    with open("testdata/methods.golden.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=True) + "\n")
    print("methods", len(out))


main()
