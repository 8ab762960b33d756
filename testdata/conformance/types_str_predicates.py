# Classifying characters and tokens with the str.isX predicates.

tokens = ["hello", "Hello", "HELLO", "hello world", "Hello World", "123", "12.5",
          "", " ", "\t\n", "abc123", "abc_123", "_private", "class", "2fast",
          "½", "²", "٣", "Ⅻ", "ñandú", "日本語", "ΑΒΓ", "x\u0301", "\x00", "tab\there"]

checks = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
          "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
header = "token".ljust(14) + " ".join(c[2:6] for c in checks)
print(header)
for tok in tokens:
    flags = " ".join(("yes" if getattr(tok, c)() else "-").ljust(4) for c in checks)
    print(repr(tok).ljust(14) + flags)

def classify(word):
    if word.isdigit():
        return "number"
    if word.isidentifier():
        return "identifier"
    if word.isspace():
        return "space"
    if word.replace(".", "", 1).isdigit():
        return "decimal"
    return "other"

line = "x1 = 42 + y_2 * 3.14 - 7up"
print([(w, classify(w)) for w in line.split()])
counts = {}
for ch in "Hello, World! 123 ünïcode ÄÖÜ":
    kind = ("upper" if ch.isupper() else "lower" if ch.islower() else
            "digit" if ch.isdigit() else "space" if ch.isspace() else "punct")
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
