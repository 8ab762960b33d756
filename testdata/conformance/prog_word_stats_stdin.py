# Reads text from stdin and prints word statistics: counts, lengths, a histogram.
import sys

def words_of(line):
    word = []
    for ch in line:
        if ch.isalpha() or (ch == "'" and word):
            word.append(ch.lower())
        elif word:
            yield "".join(word).strip("'")
            word = []
    if word:
        yield "".join(word).strip("'")

lines = sys.stdin.read().splitlines()
counts = {}
total_words = 0
longest = ""
for number, line in enumerate(lines, start=1):
    for word in words_of(line):
        total_words += 1
        counts[word] = counts.get(word, 0) + 1
        if len(word) > len(longest) or (len(word) == len(longest) and word < longest):
            longest = word

print(f"lines: {len(lines)}, words: {total_words}, distinct: {len(counts)}, longest: {longest!r}")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"{word:>{width}} {n:3d} {'*' * n}")

by_length = {}
for word, n in counts.items():
    by_length[len(word)] = by_length.get(len(word), 0) + n
print("length histogram:")
for length in sorted(by_length):
    print(f"  {length:2d}: {by_length[length]}")

first_letters = sorted({w[0] for w in counts})
print("first letters:", "".join(first_letters))
hapax = sorted(w for w, n in counts.items() if n == 1)
print(f"{len(hapax)} words used once, e.g. {hapax[:5]}")
sys.stderr.write(f"processed {len(lines)} lines\n")
