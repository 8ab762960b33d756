# Pattern and Match objects: attributes, reprs, errors.
import re

p = re.compile(r"(?P<key>\w+)\s*:\s*(?P<value>[^;]*)", re.IGNORECASE | re.MULTILINE)
print(p)
print(repr(p.pattern), p.flags, p.groups, p.groupindex)
print(re.compile("x"), re.compile("x").flags, re.compile(b"x"), re.compile(b"x").flags)
print(re.compile("a", re.A), re.compile("a", re.X | re.S))
print(re.compile(p) is p, p == re.compile(r"(?P<key>\w+)\s*:\s*(?P<value>[^;]*)", re.I | re.M))

m = p.search("  Host: example.com; Port: 80")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "value"))
print(m.groups(), m.groupdict(), m.span(), m.span(2), m.start("key"), m.end())
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
print(m[0], m["key"], m[2])

m2 = p.search("  Host: example.com; Port: 80", m.end())
print(m2, m2.pos)
print(p.match("Port: 80", 0, 4))
print(p.findall("a: 1; b: 2; c: 3"))
print([x.group("key") for x in p.finditer("a: 1; b: 2; c: 3", 3)])

opt = re.match(r"(\d+)(?:\.(\d+))?(?P<unit>[a-z]+)?", "42")
print(opt.groups(), opt.groups("0"), opt.groupdict(), opt.groupdict("none"), opt.lastindex, opt.span(2))
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)?", "a").lastindex, re.match(r"(a)|(b)", "b").lastindex)

print(type(m).__name__, type(p).__name__, type(m) is re.Match, isinstance(p, re.Pattern))
print(re.I, re.IGNORECASE == 2, re.M | re.S, re.X, re.A, re.U)

for bad in ["(unclosed", "a)", "*star", "a**", "[abc", r"\y", "(?P<2x>a)", "(?P<n>a)(?P<n>b)", "[9-0]", "x(?s)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("%-20r %s | msg=%r pos=%r" % (bad, e, e.msg, e.pos))
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.sub("(a)", r"\3", "a")
except re.error as e:
    print("template:", e)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(re.error, Exception))
