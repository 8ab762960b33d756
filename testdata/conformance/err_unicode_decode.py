# Decoding a mixed-encoding log: the first Latin-1 byte stops UTF-8 decoding.

records = [
    "caf\u00e9 opened".encode("utf-8"),
    "na\u00efve user".encode("utf-8"),
    "emoji \U0001F600 ok".encode("utf-8"),
    "resum\u00e9 sent".encode("latin-1"),
]
for rec in records:
    print(len(rec), rec)

for rec in records:
    print(rec.decode("utf-8", errors="replace"))
for rec in records:
    print(rec.decode("latin-1"))
print([rec.decode("ascii", errors="ignore") for rec in records])
print(records[2].hex(" "))
decoded = []
for rec in records:
    try:
        decoded.append(rec.decode("ascii"))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
print(decoded)
lines = [rec.decode() for rec in records]
print(lines)
