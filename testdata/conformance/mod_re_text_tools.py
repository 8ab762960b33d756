# Small text utilities built on re: tokenizing, splitting, slugs, templating.
import re

TOKEN = re.compile(r"""
    (?P<number> \d+(?:\.\d*)?(?:[eE][-+]?\d+)? )
  | (?P<name>   [A-Za-z_]\w* )
  | (?P<op>     \*\*|[-+*/()=] )
  | (?P<ws>     \s+ )
""", re.VERBOSE)

def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError("bad character %r at %d" % (src[pos], pos))
        if m.lastgroup != "ws":
            out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out

print(tokenize("rate = 1.5e3 * (x + 42) ** 2"))
try:
    tokenize("a = $b")
except SyntaxError as e:
    print("error:", e)

def slugify(title):
    s = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-")

for t in ["Hello, World!", "  Python 3.11 -- what's new?  ", "Ünïcode Títle"]:
    print(repr(slugify(t)))

print(re.split(r"\s*[,;]\s*", "apples, pears ;bananas,kiwis"))
print(re.split(r"(\d+)", "a1bb22ccc333"))
print(re.split(r"x*", "axbc"))
print(re.split(r"[,:]", "a:b,c:d", maxsplit=2))
print(re.split(r"(a)|(b)", "1a2b3"))

print(re.subn(r"\bcolour\b", "color", "colour, Colour, colourful colour", flags=re.I))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1, b=2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"))
print(re.sub("", "-", "abc"))
print(re.sub(r"^\s+|\s+$", "", "   padded text   "))
print(re.sub(r"(?m)^#\s*", "", "# one\n#two\n  # three"))

def render(template, values):
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: str(values.get(m.group(1), "?")), template)

print(render("Dear {{ name }}, you owe {{amount}} {{ currency }}.", {"name": "Ada", "amount": 12.5}))

words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man...".lower())
print(words, len(words))
print(re.findall(r"(\w)\w*", "quick brown fox"))
print(re.findall(r"(\d+)-(\d+)?", "1-2 3- 4-5"))
print(re.escape("1+1=2? [yes] (maybe) $5.00 ^_^"))
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234"), re.fullmatch(r"[A-Z]{2}\d{4}", "AB12345"))
print(re.match(r"\s*(\w+)", "   indented").group(1))
print(re.search(r"colou?r", "What COLOR?", re.IGNORECASE))
print(re.findall(r"^\w+", "first line\nsecond line\nthird", re.MULTILINE))
print(re.findall(r"\w+$", "first line\nsecond line\nthird\n"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.DOTALL))
print(re.findall(r"\w+", "naïve café, straße 42", re.ASCII), re.findall(r"\w+", "naïve café, straße 42"))
print(re.findall(rb"[a-z]+", b"bytes too: abc DEF ghi"))
print(re.sub(rb"\s+", b"_", b"a b  c"))
