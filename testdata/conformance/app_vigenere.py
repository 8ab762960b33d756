# Vigenère cipher with key stretching, plus frequency analysis to recover a Caesar shift.

A = ord("A")


def vigenere(text, key, decrypt=False):
    shifts = [ord(k) - A for k in key.upper() if k.isalpha()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = A if ch.isupper() else ord("a")
            s = -shifts[i % len(shifts)] if decrypt else shifts[i % len(shifts)]
            out.append(chr((ord(ch) - base + s) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


plain = "Attack at dawn! The eastern gate, not the western one, at 05:30."
for key in ("LEMON", "key", "A", "Zebra-Crossing"):
    enc = vigenere(plain, key)
    dec = vigenere(enc, key, decrypt=True)
    print(f"{key:<15} {enc}")
    print(f"{'':<15} roundtrip {dec == plain}")

ENGLISH = "ETAOINSHRDLCUMWFGYPBVKJXQZ"


def letter_counts(text):
    counts = [0] * 26
    for ch in text.upper():
        if "A" <= ch <= "Z":
            counts[ord(ch) - A] += 1
    return counts


def crack_caesar(cipher):
    counts = letter_counts(cipher)
    best_shift, best_score = 0, -1
    for shift in range(26):
        score = sum(counts[(ord(ch) - A + shift) % 26] * (26 - rank) for rank, ch in enumerate(ENGLISH))
        if score > best_score:
            best_shift, best_score = shift, score
    return best_shift, best_score


message = ("It is a truth universally acknowledged that a single man in possession "
           "of a good fortune must be in want of a wife")
for shift in (3, 11, 20):
    cipher = vigenere(message, chr(A + shift))
    found, score = crack_caesar(cipher)
    print(f"shift {shift:>2} -> guessed {found:>2} score {score} : {vigenere(cipher, chr(A + found), True)[:40]}")
counts = letter_counts(message)
top = sorted(range(26), key=lambda i: (-counts[i], i))[:6]
print("top letters:", [(chr(A + i), counts[i]) for i in top])
print("index of coincidence:", round(sum(c * (c - 1) for c in counts) / (sum(counts) * (sum(counts) - 1)), 4))
