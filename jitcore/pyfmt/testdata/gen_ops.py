#!/usr/bin/env python3
"""Regenerates testdata/ops.golden.jsonl: CPython results of the float and
int helpers (round, //, %, divmod, **, float.hex/fromhex, as_integer_ratio,
is_integer, int/int, int.bit_length, float(int), int(float)).

Run from jitcore/pyfmt:  python3 testdata/gen_ops.py
Floats are written with float.hex, ints in hex.
"""
import json
import os
import math
import random
import struct

rng = random.Random(int(os.environ.get("GOLDEN_SEED", "77")))


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, int):
        return hex(v)
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    return v


def run(f):
    try:
        return {"out": enc(f())}
    except Exception as e:  # noqa: BLE001 - every exception is golden data
        return {"err": [type(e).__name__, str(e)]}


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 3.0, -3.0, 7.0, -7.0, 0.1, 1e22,
           5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e300, -1e300, 1e-300, 123.456, -123.456,
           2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64, 1e16, 0.3, 10.0, -10.0,
           float("inf"), float("-inf"), float("nan"), 1.1, 0.9, 1 / 3, 4.35, 1234567.891, 1e-5]


def rand_float():
    if rng.random() < 0.5:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    return round(rng.uniform(-1000, 1000), rng.randint(0, 5))


def main():
    out = []
    floats = SPECIAL + [rand_float() for _ in range(150)]
    floats = [f for f in floats if not (isinstance(f, float) and math.isnan(f) and f is not SPECIAL[-1])]
    for x in floats:
        out.append({"fn": "hex", "a": [enc(x)], **run(lambda: x.hex())})
        out.append({"fn": "fromhex", "a": [x.hex()], **run(lambda: float.fromhex(x.hex()))})
        out.append({"fn": "as_integer_ratio", "a": [enc(x)], **run(lambda: x.as_integer_ratio())})
        out.append({"fn": "is_integer", "a": [enc(x)], **run(lambda: x.is_integer())})
        out.append({"fn": "int", "a": [enc(x)], **run(lambda: int(x))})
        out.append({"fn": "round0", "a": [enc(x)], **run(lambda: round(x))})
        for nd in [0, 1, 2, 3, -1, -2, 5, 17, 300, 400, -308, -400]:
            out.append({"fn": "round", "a": [enc(x), nd], **run(lambda: round(x, nd))})
    pairs = [(x, y) for x in SPECIAL for y in SPECIAL[::3]] + [(rand_float(), rand_float()) for _ in range(300)]
    for x, y in pairs:
        out.append({"fn": "floordiv", "a": [enc(x), enc(y)], **run(lambda: x // y)})
        out.append({"fn": "mod", "a": [enc(x), enc(y)], **run(lambda: x % y)})
        out.append({"fn": "divmod", "a": [enc(x), enc(y)], **run(lambda: divmod(x, y))})
        out.append({"fn": "truediv", "a": [enc(x), enc(y)], **run(lambda: x / y)})
    pow_pairs = [(x, y) for x in SPECIAL for y in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, 1.5, 10.0, 7.0, 1e10,
                                                   float("inf"), float("-inf"), float("nan"), 100.0, -3.0, 1 / 3]]
    pow_pairs += [(rng.uniform(0, 10), float(rng.randint(-30, 30))) for _ in range(400)]
    pow_pairs += [(rng.uniform(0, 10), rng.uniform(-30, 30)) for _ in range(400)]
    pow_pairs += [(rng.uniform(0.5, 2), rng.uniform(-300, 300)) for _ in range(200)]
    for x, y in pow_pairs:
        out.append({"fn": "pow", "a": [enc(x), enc(y)], **run(lambda: x ** y if not (-math.inf < x < 0 and math.isfinite(y) and y != math.floor(y)) else "complex")})
    ints = [0, 1, -1, 7, -7, 2, -2, 3, 15, 25, -25, 35, 149, 150, 250, -250, 12345, 99999, 2 ** 63 - 1, -(2 ** 63), 10 ** 20, -(10 ** 20) + 3, 2 ** 1024, 2 ** 1024 - 2 ** 970,
            2 ** 1024 - 2 ** 971, 2 ** 53 + 1, 2 ** 54 + 3, -(2 ** 53 + 1), 10 ** 400, 12345678901234567891]
    for a in ints:
        out.append({"fn": "bit_length", "a": [enc(a)], **run(lambda: a.bit_length())})
        out.append({"fn": "int_to_float", "a": [enc(a)], **run(lambda: float(a))})
        for nd in [0, 3, -1, -2, -5, -20, -400]:
            out.append({"fn": "int_round", "a": [enc(a), nd], **run(lambda: round(a, nd))})
        for b in ints[:12] + [10 ** 30, -(10 ** 30) - 7]:
            out.append({"fn": "int_floordiv", "a": [enc(a), enc(b)], **run(lambda: a // b)})
            out.append({"fn": "int_mod", "a": [enc(a), enc(b)], **run(lambda: a % b)})
            out.append({"fn": "int_divmod", "a": [enc(a), enc(b)], **run(lambda: divmod(a, b))})
            out.append({"fn": "int_truediv", "a": [enc(a), enc(b)], **run(lambda: a / b)})
    for s in ["0x1.8p1", "1.8p1", "0x.8", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
              "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", " -0x1.8p+1 ", "inf", "-Infinity",
              "nan", "0x", "0xg", "1p", "0x1p+", "0x1.8p1x", "", ".", "0x.p1", "0x1..2", "0x1_0", "0x1p99999999999999",
              "0x1p-99999999999999", "0x" + "f" * 300, "0x0.000000000000000000001p+80"]:
        out.append({"fn": "fromhex", "a": [s], **run(lambda: float.fromhex(s))})
    with open("testdata/ops.golden.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec) + "\n")
    print("ops", len(out))


main()
