#!/usr/bin/env python3
"""Regenerates testdata/template.golden.jsonl from CPython's format-string
parser (_string.formatter_parser and _string.formatter_field_name_split).

Run from jitcore/pystr:  python3 testdata/gen_template.py
Each "parse" line holds the chunks [literal, field name, spec, conversion]
produced before the end or the error; each "field" line holds the first
part and the accessors [is_attribute, key] of a field name.
"""
import _string
import json

TEMPLATES = [
    "", "abc", "{}", "{0}", "a{0}b", "{{", "}}", "a{{b}}c", "{{}}", "{0!r}", "{0!s:>10}", "{0:{1}}",
    "{0:{1}.{2}f}", "{x.attr[key][0]}", "{0[}", "{0]}", "{!r", "{0!}", "{0!", "{0!rx}", "{0!r:", "{0:{1}",
    "{a{}", "x}y", "x{", "{", "}", "{ }", "{0:}", "{0[:]}", "{0[a}b]}", "{0!é}", "{é!r:é^5}", "日{本}語",
    "{:{:{}}}", "{0:{{}}}", "{0:}}", "text {0} more {1!a:^{2}} end", "{0.}", "{0..a}", "{0[]}", "{0x}",
    "{a}}", "{{a}", "}}{", "{!}", "{:", "{0:a{b", "{0[1]", "{0:x}{1:y}z", "{0!:}",
]

FIELD_NAMES = ["", "0", "12", "x", "x.a", "x[0]", "x[a]", "x[a].b[1]", "x.", "x..a", "x[]", "x[a]b", "x[a",
               "0.real", "١", "x[١٢]", "x[-1]", "a b", "x[a.b]", "x[[]"]


def parse(s):
    chunks = []
    try:
        for lit, name, spec, conv in _string.formatter_parser(s):
            chunks.append([lit, name, spec, conv])
        return {"chunks": chunks}
    except ValueError as e:
        return {"chunks": chunks, "err": ["ValueError", str(e)]}


def field(name):
    rest = []
    try:
        first, it = _string.formatter_field_name_split(name)
        for is_attr, key in it:
            rest.append([is_attr, key])
        return {"first": first, "rest": rest}
    except ValueError as e:
        return {"rest": rest, "err": ["ValueError", str(e)]}


def formats():
    out = []
    for s in ["{}{0}", "{0}{}", "{:{}}", "{0:{}}", "{}{}", "{1}{0}", "{:{:{}}}", "{0!x}", "{0!é}", "{!r}{!s}"]:
        try:
            out.append({"fn": "format", "s": s, "out": s.format("ab", 3, 4)})
        except (ValueError, IndexError) as e:
            out.append({"fn": "format", "s": s, "err": [type(e).__name__, str(e)]})
    return out


with open("testdata/template.golden.jsonl", "w", encoding="utf-8") as f:
    n = 0
    for s in TEMPLATES:
        f.write(json.dumps({"fn": "parse", "s": s, **parse(s)}) + "\n")
        n += 1
    for name in FIELD_NAMES:
        f.write(json.dumps({"fn": "field", "s": name, **field(name)}) + "\n")
        n += 1
    for rec in formats():
        f.write(json.dumps(rec) + "\n")
        n += 1
print("template", n)
