# Case mapping beyond ASCII: final sigma, German sharp s, ligatures, title case and casefold.

words = ["ΟΔΥΣΣΕΥΣ", "ΣΑΣ", "Σ", "ΑΣ.", "straße", "STRASSE", "ﬁnance", "ǆemal", "İstanbul",
         "ΐ", "ŉ", "hello WORLD", "o'neil mcdonald-smith", "ᾳ", "Ⅻ", "ǅ"]
for w in words:
    print(f"{w!r:26} upper={w.upper()!r:28} lower={w.lower()!r:26} len {len(w)}->{len(w.upper())},{len(w.lower())}")
for w in words:
    print(f"{w!r:26} title={w.title()!r:28} cap={w.capitalize()!r:26} swap={w.swapcase()!r} fold={w.casefold()!r}")


def caseless_equal(a, b):
    return a.casefold() == b.casefold()


pairs = [("Straße", "STRASSE"), ("ﬁne", "FINE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("apple", "APPLE"), ("i", "İ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), caseless_equal(a, b))
names = ["émile", "Zoë", "adam", "Ödön", "bob", "Ángel", "zack"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=str.lower, reverse=True))
print("ß".isupper(), "ß".islower(), "ǅ".istitle(), "ǅ".isupper(), "Ⅻ".isupper(), "ⅻ".islower())
print("HELLO".isupper(), "HELLO1".isupper(), "1".isupper(), "Hello World".istitle(), "Hello world".istitle())


def headline(text):
    small = {"a", "an", "the", "of", "and", "in", "on"}
    out = []
    for i, word in enumerate(text.lower().split()):
        out.append(word if i and word in small else word[:1].upper() + word[1:])
    return " ".join(out)


print(headline("the lord OF the rings and the return of the king"), headline("ÉCOLE normale supérieure"))
