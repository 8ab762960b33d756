# Searching within strings: find, rfind, index, count, startswith, endswith, in.

text = "She sells sea shells by the sea shore; the shells she sells are sea shells."
for needle in ("sea", "shells", "she", "She", "xyz", "", "."):
    print(f"{needle!r:10} find={text.find(needle):>3} rfind={text.rfind(needle):>3} "
          f"count={text.count(needle):>3} in={needle in text}")

print(text.find("sea", 20), text.find("sea", 20, 30), text.rfind("sea", 0, 20))
print(text.count("s"), text.lower().count("s"), text.count("s", 10, 40), "aaaa".count("aa"))
print(text.index("shore"), text.rindex("shells"))
print(text.startswith("She"), text.startswith(("He", "She")), text.endswith("shells."))
print(text.startswith("sells", 4), text.endswith("sea", 0, 14), "".startswith(""))

def all_positions(haystack, needle):
    positions = []
    start = 0
    while True:
        pos = haystack.find(needle, start)
        if pos < 0:
            return positions
        positions.append(pos)
        start = pos + 1

print(all_positions(text, "se"), all_positions("aaaaa", "aa"))

def highlight(haystack, needle):
    out = []
    i = 0
    while (j := haystack.find(needle, i)) != -1:
        out.append(haystack[i:j])
        out.append("[" + needle.upper() + "]")
        i = j + len(needle)
    out.append(haystack[i:])
    return "".join(out)

print(highlight(text, "sea"))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"))
print("banana".replace("na", ""), "aaa".replace("a", "aa"), "abc".replace("x", "y"))
for args in [("zzz",), ("sea", 70)]:
    try:
        text.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    text.startswith(["She"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".find(1)
except TypeError as e:
    print(type(e).__name__, e)
