import io
import statistics

from itertools import chain, groupby, tee


def summarize(records):
    by_city = sorted(records, key=lambda r: r["city"])
    for city, group in groupby(by_city, key=lambda r: r["city"]):
        a, b = tee(r["amount"] for r in group)
        amounts = list(a)
        print(f"{city:<7} n={len(amounts)} total={sum(b):9.2f} median={statistics.median(amounts):8.2f}")
    tags = sorted(set(chain.from_iterable(r["tags"] for r in records)))
    print("tags:", tags, "refunds:", [r["id"] for r in records if r["refund"]])


def export_binary(records):
    buf = io.BytesIO()
    for r in records:
        city = r["city"].encode()
        buf.write(r["id"].to_bytes(4, "little"))
        buf.write(r["amount_cents"].to_bytes(8, "little", signed=True))
        buf.write(len(city).to_bytes(1, "big") + city + b"\n")
    return buf.getvalue()


def import_binary(blob):
    buf = io.BytesIO(blob)
    out = []
    while head := buf.read(4):
        rid = int.from_bytes(head, "little")
        cents = int.from_bytes(buf.read(8), "little", signed=True)
        n = buf.read(1)[0]
        city = buf.read(n).decode()
        assert buf.read(1) == b"\n"
        out.append((rid, city, cents))
    return out
