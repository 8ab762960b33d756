# String slicing with positive, negative and stepped indexes.

word = "conformance"
n = len(word)
print(word[0], word[-1], word[n - 1], word[-n], word[3:7], word[:4], word[4:], word[:])
print(word[::2], word[1::2], word[::-1], word[::-2], word[-3:], word[:-3], word[-3:-1])
print(word[7:3], word[7:3:-1], word[100:], word[-100:3], word[3:100], repr(word[5:5]))
print(word[::3], word[10:0:-3], word[-1:-5:-1], word[2:-2:2], word[None:None:-1])

for start in (None, 0, 2, -2):
    for stop in (None, 5, -5):
        for step in (None, 1, 2, -1, -2):
            piece = word[start:stop:step]
            s = slice(start, stop, step)
            assert piece == word[s]
    print(start, [word[start:stop] for stop in (None, 5, -5)])

def is_palindrome(text):
    letters = "".join(ch.lower() for ch in text if ch.isalnum())
    return letters == letters[::-1]

for phrase in ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?",
               "Not a palindrome", "", "Madam, I'm Adam"]:
    print(f"{phrase!r:35} {is_palindrome(phrase)}")

def rotate(text, k):
    if not text:
        return text
    k %= len(text)
    return text[k:] + text[:k]

print([rotate("abcdef", k) for k in (0, 1, 2, -1, 6, 13)])

def chunks(text, size):
    return [text[i:i + size] for i in range(0, len(text), size)]

print(chunks("abcdefghij", 3), chunks("", 4), chunks("ab", 5))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2), slice(5), slice(None, None, None), slice(1, 2, 3).start)
print("abc"[slice(None, None, -1)], "hello"[1:4][::-1][0])
for bad in [lambda: word[20], lambda: word[::0], lambda: word["1"], lambda: word[1.0]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    word[0] = "C"
except TypeError as e:
    print(type(e).__name__, e)
