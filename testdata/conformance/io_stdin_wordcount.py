# A wc-like tool over sys.stdin: lines, words, bytes, plus a frequency table.
import sys

text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print(f"{len(lines):>7}{len(words):>8}{len(text.encode()):>8}{len(text):>8}")
print("ends with newline:", text.endswith("\n"), "| blank lines:", sum(1 for l in lines if not l.strip()))
freq = {}
for w in words:
    key = w.strip(".,;:!?\"'()").lower()
    if key:
        freq[key] = freq.get(key, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for word, count in top:
    print(f"{word:<{width}} {'*' * count} {count}")
longest = max(lines, key=len)
print("longest line:", len(longest), repr(longest[:30]))
print("non-ascii chars:", sorted({ch for ch in text if ord(ch) > 127}))
print("sys.stdin.read() again:", repr(sys.stdin.read()), sys.stdin.readline() == "")
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode)
print(sys.stdin.readable(), sys.stdout.writable(), sys.stdin.closed)
print(sys.stdin.encoding, sys.stdout.encoding, sys.stderr.errors)
caps = [w for w in words if w[:1].isupper()]
print(len(caps), caps[:6])
digits = [int(w) for w in words if w.isdigit()]
print(digits, sum(digits))
