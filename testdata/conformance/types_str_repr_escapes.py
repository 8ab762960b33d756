# repr() of strings chooses quotes and escapes; a tiny escaper checks it.

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "back\\slash", "bell\a", "\x00\x01\x1f", "\x7f", "\r\n", "é", "\u2028",
           "\ud800", "\U0001F600", "'", '"', "", "\\n", "\x80\x9f\xa0\xad"]
for s in samples:
    print(len(s), repr(s), ascii(s), str([s]))

def my_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = [quote]
    for ch in s:
        cp = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif cp < 0x20 or cp == 0x7f:
            out.append(f"\\x{cp:02x}")
        elif ch.isprintable():
            out.append(ch)
        elif cp <= 0xff:
            out.append(f"\\x{cp:02x}")
        elif cp <= 0xffff:
            out.append(f"\\u{cp:04x}")
        else:
            out.append(f"\\U{cp:08x}")
    out.append(quote)
    return "".join(out)

mismatches = [s for s in samples if my_repr(s) != repr(s)]
print("mismatches:", mismatches)
print(eval(repr("mixed 'quotes' and \"more\"\n")) == "mixed 'quotes' and \"more\"\n")
print(r"raw\n", r"C:\path\to", len(r"\n"), "\N{GREEK SMALL LETTER ALPHA}", "\101\x42\u0043")
print("%r %s %a" % ("é\n", "é\n", "é\n"))
print(f"{'x'!r:>6}|{'é'!a}|{chr(10)!r}")
print(repr(b"bytes 'q'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\x00\xffA")))
