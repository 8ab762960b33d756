# Unicode text: non-BMP characters, combining marks, ord/chr and encodings.

samples = ["café", "cafe\u0301", "naïve", "😀", "👍🏽", "𝄞 music", "日本", "Ωmega",
           "ﬀ", "a\u200bb", "\U0001F600\U0001F601"]
for s in samples:
    print(f"{s!r:24} len={len(s)} utf8={len(s.encode('utf-8')):>2} "
          f"utf16={len(s.encode('utf-16-le')) // 2} cps={[hex(ord(c)) for c in s]}")

print("café" == "cafe\u0301", "café".upper(), "cafe\u0301".upper(), "😀"[::-1] == "😀")
print("ab😀cd"[2], "ab😀cd"[::-1], "ab😀cd".find("c"), "ab😀cd".index("😀"))
print(chr(0x1F600), chr(233), chr(0x10FFFF).encode("utf-8"), ord("€"), ord("\U0001D11E"))
print("€".encode("utf-8"), "€".encode("utf-16-be"), "€".encode("latin-1", "replace"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
print("naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"))
print(b"ab\xffcd".decode("utf-8", "ignore"), b"ab\xffcd".decode("utf-8", "backslashreplace"))
print(repr("😀"), ascii("😀 café"), ascii("\u200b"), repr("\u200b"), repr("\x7f\x80\xa0"))

def char_width(text):
    width = 0
    for ch in text:
        cp = ord(ch)
        if 0x300 <= cp < 0x370:
            continue
        width += 2 if cp >= 0x1100 and (0x3000 <= cp < 0xA000 or cp >= 0x1F300) else 1
    return width

for s in ["abc", "日本語", "cafe\u0301", "😀😀"]:
    print(s, char_width(s), "|" + s + " " * (8 - char_width(s)) + "|")
print(sorted(["b", "a", "é", "E", "z", "😀", "Ω"]), max("hello😀"), min("Zebra"))
for bad in [lambda: "é".encode("ascii"), lambda: b"\xe9".decode("utf-8"),
            lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")]:
    try:
        bad()
    except (UnicodeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
