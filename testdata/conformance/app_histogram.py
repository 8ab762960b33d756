# Text histograms: horizontal bars, a vertical column chart and bucketed ranges.

data = [23, 45, 12, 67, 34, 89, 21, 56, 43, 78, 90, 11, 38, 52, 61, 47, 29, 83, 74, 36,
        15, 58, 42, 69, 95, 33, 27, 64, 49, 71]
buckets = {}
for v in data:
    lo = v // 20 * 20
    buckets[lo] = buckets.get(lo, 0) + 1
print("Horizontal")
for lo in sorted(buckets):
    count = buckets[lo]
    print(f"{lo:>3}-{lo + 19:<3}| {'█' * count}{' ' * (10 - count)} {count:>2} ({count / len(data):5.1%})")

print("\nVertical")
labels = [f"{lo}" for lo in sorted(buckets)]
height = max(buckets.values())
for level in range(height, 0, -1):
    row = "".join(" ## " if buckets[lo] >= level else "    " for lo in sorted(buckets))
    print(f"{level:>2} |{row}")
print("   +" + "----" * len(buckets))
print("    " + "".join(f"{l:^4}" for l in labels))

words = "it was the best of times it was the worst of times it was the age of wisdom".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
scale = 30 / max(freq.values())
print("\nWord frequencies")
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    bar = "=" * round(c * scale)
    print(f"{w:>7} {bar:<30} {c}")
mean = sum(data) / len(data)
print(f"\nmean {mean:.2f}, above mean: {sum(v > mean for v in data)}, "
      f"sparkline: {''.join(' ▁▂▃▄▅▆▇█'[v * 8 // 100 + (1 if v % 12 == 0 else 0)] for v in data[:20])}")
