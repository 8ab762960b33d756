#!/usr/bin/env python3
"""Prints one line per code point (surrogates excluded) with CPython's view
of it, for unicode_test.go to compare with the Go tables:

  <hex code point> <predicate bits> <repr> <ascii> <upper> <lower> <title> <casefold>
  <lower of "A"+c+capital sigma> <lower of " "+c+capital sigma> <title of "a"+c+"a">

The bits, in order: isalpha isdecimal isdigit isnumeric isspace isprintable
isupper islower isidentifier ('a'+c).isidentifier() decimal-value (or -1).
Strings are written as space-free hex code point lists joined by '.'.
"""
import sys
import unicodedata


def hexs(s):
    return ".".join("%x" % ord(ch) for ch in s) or "-"


out = sys.stdout
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    bits = "".join("1" if b else "0" for b in (
        c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
        c.isupper(), c.islower(), c.isidentifier(), ("a" + c).isidentifier()))
    out.write("%x %s %d %s %s %s %s %s %s %s %s %s\n" % (
        cp, bits, unicodedata.decimal(c, -1), hexs(repr(c)), hexs(ascii(c)), hexs(c.upper()),
        hexs(c.lower()), hexs(c.title()), hexs(c.casefold()), hexs(("A" + c + "\u03a3").lower()),
        hexs((" " + c + "\u03a3").lower()), hexs(("a" + c + "a").title())))
