# Sizing buffers from a header; an absurd count overflows sequence repetition.

headers = [
    {"name": "small", "width": 8, "count": 4},
    {"name": "medium", "width": 16, "count": 64},
    {"name": "wide", "width": 4, "count": 10 ** 3},
    {"name": "corrupt", "width": 2, "count": 10 ** 20},
]


def allocate(header):
    row = [0] * header["width"]
    return [row[:] for _ in range(min(header["count"], 3))], header["width"] * header["count"]


for h in headers[:3]:
    sample, cells = allocate(h)
    print(f"{h['name']:<8} cells={cells:>7} sample={sample[0][:4]} rows_kept={len(sample)}")
for factor in (10 ** 2, 10 ** 6):
    print(len("ab" * factor), len([None] * factor), len(b"x" * factor))
for bad in (-1, 0):
    print(repr("ab" * bad), [1] * bad, b"z" * bad)
try:
    [0] * 2 ** 63
except OverflowError as e:
    print("OverflowError:", e)
try:
    "x" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
pad = "-" * headers[3]["count"]
print(len(pad))
