#!/usr/bin/env python3
"""Regenerates the golden files of package pyfmt from CPython.

Run from jitcore/pyfmt:  python3 testdata/gen_golden.py
Each output line is a JSON object: the function ("fn"), its inputs, and
either "out" (the result) or "err" ([exception type, message]). Floats are
written with float.hex so they round-trip exactly.
"""
import json
import os
import math
import random
import struct
import sys

sys.set_int_max_str_digits(4300)
rng = random.Random(int(os.environ.get("GOLDEN_SEED", "20261121")))


def run(f):
    try:
        return {"out": f()}
    except Exception as e:  # noqa: BLE001 - every exception is golden data
        return {"err": [type(e).__name__, str(e)]}


def fhex(x):
    return x.hex()


TRICKY_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1e22, 1e23, 5e-324,
    1.7976931348623157e308, 2.2250738585072014e-308, 1e16, 1e15, 9999999999999998.0,
    123456789.0, 1234.5678, -1234.5678, 1e-5, 1.5e-5, 0.0001, 0.00012345, 100.0, 3.141592653589793,
    2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 1e100, 123e-20, 0.3, 2 / 3, 1 / 3, 999.9999, 9.5, 0.05, 0.015,
    float("inf"), float("-inf"), float("nan"), 1e300, 4.35, 1.005, 0.995, 12345678901234567890.0,
]


def random_floats(n):
    out = []
    for _ in range(n):
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(x):
            out.append(x)
    for _ in range(n):
        out.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)))
    return out


def random_spec(types):
    parts = [
        rng.choice(["", "", "<", ">", "^", "=", "*<", "*^", "0>", "0=", "é=", "x>"]),
        rng.choice(["", "", "+", "-", " "]),
        rng.choice(["", "", "", "z"]),
        rng.choice(["", "", "#"]),
        rng.choice(["", "", "0"]),
        rng.choice(["", "", "1", "8", "12", "25"]),
        rng.choice(["", "", ",", "_"]),
        rng.choice(["", "", ".0", ".1", ".3", ".12", ".20"]),
        rng.choice(types),
    ]
    return "".join(parts)


INT_TYPES = ["", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
FLOAT_TYPES = ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
STR_TYPES = ["", "", "s", "d"]
FIXED_SPECS = [
    "", ",", "_", "_b", "_x", "_o", ",x", "#x", "#o", "#b", "#X", "+", " ", "-", "010", "010,",
    "012_", "#010x", "#012_b", "<10", ">10", "^10", "=10", "*^11", "0=12", ".2", ".2f", "z", "zd",
    "+c", "#c", "010c", ",.2f", "_.3e", "15,.2f", "020,.3f", "-^20,", "é>9", "0<8", ",d", "_d",
    ",_", "_,", ".", "1.1.1", "dd", "ñ", "\x01", "99999999999999999999", ".99999999999999999999",
    ",n", "_n", ",c", ",s", "_s", "=", "z.2f", "z.0f", "z", "#.0f", "#.0e", "#g", "#.3g", ".0%",
    "#.0%", ",%", "\u0661\u0662", ".\u0663f", "10.3", ".1", ".16", ".17", "#", "#.1", "0", "00",
    "+010.2f", "0=+10", "<010", "^010", "x^+#014_b",
]


def gen_format(out):
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234567, 10 ** 18, -(2 ** 63), 2 ** 63 - 1,
            2 ** 64, -(10 ** 30), 10 ** 25 + 1, 65, 0x10FFFF, 0x110000, 10 ** 400, 2 ** 53 + 1]
    for v in ints:
        specs = FIXED_SPECS + [random_spec(INT_TYPES) for _ in range(120)]
        for s in specs:
            out.append({"fn": "format_int", "v": str(v), "spec": s, **run(lambda: format(v, s))})
    for v in TRICKY_FLOATS + random_floats(10):
        specs = FIXED_SPECS + [random_spec(FLOAT_TYPES) for _ in range(100)]
        for s in specs:
            out.append({"fn": "format_float", "v": fhex(v), "spec": s, **run(lambda: format(v, s))})
    comps = [complex(1, 2), 1j, complex(-0.0, -1), complex(float("nan"), float("inf")), complex(0, 0),
             complex(-0.0, 0), complex(1e16, -1e-5), complex(1234567.125, -0.5), complex(0.1, 2.675),
             complex(-1.5, float("-inf")), complex(3, 0), complex(0, -0.0)]
    for v in comps:
        specs = FIXED_SPECS + [random_spec(FLOAT_TYPES) for _ in range(60)]
        for s in specs:
            out.append({"fn": "format_complex", "v": fhex(v.real) + "," + fhex(v.imag), "spec": s,
                        **run(lambda: format(v, s))})
        out.append({"fn": "repr_complex", "v": fhex(v.real) + "," + fhex(v.imag), "spec": "", "out": repr(v)})
    for v in ["", "a", "hello", "héllo wörld", "日本語", "x" * 30]:
        specs = FIXED_SPECS + [random_spec(STR_TYPES) for _ in range(60)]
        for s in specs:
            out.append({"fn": "format_str", "v": v, "spec": s, **run(lambda: format(v, s))})


def gen_repr(out):
    for v in TRICKY_FLOATS + random_floats(800) + [float("1e%d" % e) for e in range(-330, 310)] + \
            [1.5 * 10.0 ** e for e in range(-20, 20)]:
        out.append({"fn": "repr", "v": fhex(v), "out": repr(v)})


def random_percent(convs):
    return "%" + "".join([
        "".join(rng.sample("-+ #0", rng.randint(0, 3))),
        rng.choice(["", "", "1", "7", "12"]),
        rng.choice(["", "", ".0", ".2", ".5", ".17"]),
        rng.choice(convs),
    ])


def gen_percent(out):
    for v in TRICKY_FLOATS + random_floats(20):
        for t in "eEfFgG":
            for p in [0, 1, 2, 5, 6, 17, 30]:
                for alt in ["", "#"]:
                    fmt = "%" + alt + "." + str(p) + t
                    out.append({"fn": "percent_float", "v": fhex(v), "spec": fmt, **run(lambda: fmt % v)})
        for _ in range(40):
            fmt = random_percent("eEfFgG")
            out.append({"fn": "percent_float", "v": fhex(v), "spec": fmt, **run(lambda: fmt % v)})
    for v in [0, 1, -1, 7, 255, -255, 123456, -(2 ** 63), 2 ** 64, -(10 ** 30), 10 ** 5000]:
        for _ in range(80 if v < 10 ** 100 else 6):
            fmt = random_percent("diuoxX")
            r = run(lambda: fmt % v)
            out.append({"fn": "percent_int", "v": hex(v), "spec": fmt, **r})
    for v in ["", "a", "héllo", "日本語x"]:
        for _ in range(30):
            fmt = random_percent("s")
            out.append({"fn": "percent_str", "v": v, "spec": fmt, **run(lambda: fmt % v)})
    for v in [65, 0xE9, 0x1F600, -1, 0x110000]:
        for _ in range(10):
            fmt = random_percent("c")
            out.append({"fn": "percent_char", "v": hex(v), "spec": fmt, **run(lambda: fmt % v)})


def tag(v):
    if isinstance(v, bool) or isinstance(v, int):
        return ["i", hex(v)]
    if isinstance(v, float):
        return ["f", fhex(v)]
    return ["s", v]


PERCENT_TEMPLATES = [
    ("%5%", ()), ("%5%", (1,)), ("ab%", ()), ("ab%5", (1,)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}),
    ("%(a(b))s", {"a(b)": 1}), ("é%y", (1,)), ("é%é", (1,)), ("%\x01", (1,)), ("%*d", (-5, 3)),
    ("%.*f", (-2, 3.14159)), ("%*", (5,)), ("%*", ()), ("%ld", (5,)), ("%l", (5,)),
    ("%99999999999999999999d", (5,)), ("%.99999999999d", (5,)), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", ()),
    ("100%% sure: %d%%", (7,)), ("%%%%", ()), ("a%%b%sc", ("x",)), ("%(x)s-%(y)05.1f|%(x)r", {"x": "é", "y": -2.25}),
    ("%-*.*f|", (10, 2, 3.14159)), ("%*.*s|", (-6, 2, "abcdef")), ("日本%s語%5s", ("x", "yz")),
    ("%c%c", (65, "é")), ("%#x %#o %#X %+d % d", (255, 8, 255, 5, 5)), ("%e|%G|%.3g", (12345.678, 1e-10, 0.5)),
    ("%(a)s %(a)s", {"a": 1}), ("%s%", ("x",)), ("%.", (1,)), ("%-", (1,)), ("%(a)*d", {"a": 1}),
]


def gen_percent_templates(out):
    for tmpl, args in PERCENT_TEMPLATES:
        targs = {k: tag(v) for k, v in args.items()} if isinstance(args, dict) else [tag(v) for v in args]
        out.append({"fn": "percent_template", "v": tmpl, "args": targs, **run(lambda: tmpl % args)})


PARSE_INT = [
    ("0", 10), ("-0", 10), ("12", 10), (" -12 ", 10), ("+7", 10), ("0x1f", 0), ("0X1F", 16), ("0o17", 0),
    ("0b101", 0), ("0b101", 16), ("017", 0), ("00", 0), ("0_0", 0), ("0_1", 0), ("1_000", 10),
    ("1__000", 10), ("_1", 10), ("1_", 10), ("0x_1f", 0), ("0x__1f", 0), ("0x", 16), ("0x", 0), ("z", 36),
    ("Z", 36), ("", 10), ("  ", 10), ("1 2", 10), ("- 1", 10), ("+_1", 10), ("abc", 10), ("abc", 16),
    ("9223372036854775807", 10), ("9223372036854775808", 10), ("-9223372036854775808", 10),
    ("-9223372036854775809", 10), ("ffffffffffffffff", 16), ("-8000000000000000", 16),
    ("123456789012345678901234567890", 10), ("\u0661\u0662\u0663", 10), ("\u0661x", 10), ("\u0661x", 0),
    ("\x1c12", 10), ("12\x1c", 10), ("\u300012\u3000", 10), ("\u00a01", 0), ("𝟏𝟐", 10), ("0x1ⅱ", 0),
    ("12\x00", 10), ("1", 1), ("1", 37), ("1", -1), ("10", 2), ("12", 2), ("0b", 2), ("0b1", 2),
    ("0o8", 8), ("0o7", 8), ("1" * 4300, 10), ("1" * 4301, 10), ("1" * 4301 + "x", 10),
    ("1" * 5000, 16), ("a" * 300, 10), ("'\"", 10), ("é", 10), ("\t\n 42\r\x0b\x0c", 0),
    ("1_2_3", 0), ("0_7", 0), ("0b_1", 2), ("0o_7", 8), ("-0x10", 0), ("+0b11", 0), ("1e5", 10),
]


def gen_parse(out):
    for s, b in PARSE_INT:
        r = run(lambda: int(s, b))
        if "out" in r:
            r["out"] = hex(r["out"])  # hex has no digit limit
        out.append({"fn": "parse_int", "v": s, "base": b, **r})
    floats = ["0", "1.5", " -1.5 ", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_0", "1.5_5",
              "inf", "-Infinity", "+nan", "NaN", "-nan", "infinit", "in", "nan(1)", "1e500", "-1e500",
              "1e-500", ".5", "5.", ".", "e5", "1e", "1e+", "0x1p3", "1,5", "", "  ", "١٢٣.٥", "\u30001\u3000",
              "a" * 300, "1.7976931348623157e308", "1.7976931348623159e308", "2.4703282292062328e-324",
              "0.1", "0." + "0" * 400 + "1", "1" * 400, "+.5e-3", "-.e3", "1e5.", "--1", "+-1", "1 2",
              "\x1c1", "infinity ", " nan", "𝟏.𝟓", "1.5é", "1_2.3_4e5_6"]
    for s in floats:
        r = run(lambda: float(s))
        if "out" in r:
            r["out"] = fhex(r["out"])
        out.append({"fn": "parse_float", "v": s, **r})
    alphabet = "0123456789_ +-xobXOBeE.infatyINF\u0661\u3000\u00e9\t\n\x1c\U0001d7cf"
    for _ in range(1500):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        b = rng.choice([0, 2, 8, 10, 16, 36])
        r = run(lambda: int(s, b))
        if "out" in r:
            r["out"] = hex(r["out"])
        out.append({"fn": "parse_int", "v": s, "base": b, **r})
        r = run(lambda: float(s))
        if "out" in r:
            r["out"] = fhex(r["out"])
        out.append({"fn": "parse_float", "v": s, **r})
    for v in [0, 1, -1, 10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300 - 1), -(10 ** 4300), 2 ** 14300,
              2 ** 14400, 3 ** 9000, 2 ** 64 - 1, -(2 ** 63)]:
        for base, f in [(10, str), (16, hex), (8, oct), (2, bin)]:
            r = run(lambda: f(v))
            out.append({"fn": "int_str", "v": hex(v), "base": base, **r})


def main():
    for name, gen in [("format", gen_format), ("repr", gen_repr), ("percent", gen_percent),
                      ("parse", gen_parse), ("percent_template", gen_percent_templates)]:
        out = []
        gen(out)
        with open("testdata/%s.golden.jsonl" % name, "w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(name, len(out))


main()
