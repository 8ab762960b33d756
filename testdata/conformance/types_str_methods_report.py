# A text report built with str methods: split, strip, join, case and alignment.

raw = """  name: Ada Lovelace ; role: ANALYST ; city: london
name:grace hopper;role:admiral;city: new york
  name : ALAN turing ; role : cryptanalyst ; city : WILMSLOW  """

people = []
for line in raw.splitlines():
    fields = {}
    for part in line.split(";"):
        key, _, value = part.partition(":")
        fields[key.strip().lower()] = value.strip()
    people.append(fields)

print(f"{'Name':<16}|{'Role':^14}|{'City':>10}")
print("-" * 16 + "+" + "-" * 14 + "+" + "-" * 10)
for p in people:
    print(f"{p['name'].title():<16}|{p['role'].capitalize():^14}|{p['city'].upper():>10}")

title = "quarterly report"
print(title.center(30, "*"))
print(title.ljust(20, ".") + "|", title.rjust(20, ".") + "|")
print(title.upper(), title.swapcase(), title.title(), "HELLO".lower(), "Straße".casefold())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello world".capitalize(), "hELLO wORLD".capitalize(), "they're bill's".title())
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "12345\t6".expandtabs(2))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(words), words.count("the"), " ".join(sorted(set(words))))
print("-".join(w[::-1] for w in words[:4]), ",".join(map(str.upper, words[-3:])))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lots   of   space  ".split(), "  lots   of   space  ".split(" "))
print("x".join("abc"), "".join([]), ", ".join(["only"]))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "  \t\n".strip() == "")
print("www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
