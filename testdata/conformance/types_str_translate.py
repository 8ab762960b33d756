# str.maketrans / translate for a Caesar cipher, leetspeak and character stripping.

def caesar_table(shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    shift %= 26
    return str.maketrans(lower + upper,
                         lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])

message = "Attack at Dawn! Meet at the old mill, 6:30."
for shift in (1, 3, 13, -3, 26):
    enc = message.translate(caesar_table(shift))
    dec = enc.translate(caesar_table(-shift))
    print(f"{shift:>3} {enc} {dec == message}")

leet = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": None})
print("this is a leet sentence".translate(leet))
strip_punct = str.maketrans("", "", ",.!?:;")
print(message.translate(strip_punct))
swap = str.maketrans("()", ")(", "*")
print("(a*b)*(c)".translate(swap))
table = str.maketrans({ord("x"): "XX", "y": ord("Y"), "z": ""})
print(sorted(table.items()))
print("xyz xyz".translate(table))
print(str.maketrans("ab", "cd"), str.maketrans({"é": "e"}))
print("abc".translate({97: None, 98: 66}), "héllo".translate({ord("é"): "e"}))
print("rot13 via dict".translate({c: (c - 97 + 13) % 26 + 97 for c in range(97, 123)}))

vowels = set("aeiouAEIOU")
counts = {}
for ch in message:
    if ch in vowels:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), sum(counts.values()))

for bad in [lambda: str.maketrans("abc", "de"), lambda: str.maketrans({"ab": "c"}),
            lambda: str.maketrans(1), lambda: "a".translate({97: 3.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
