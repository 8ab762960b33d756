from itertools import islice


def clean(records):
    for rec in records:
        try:
            amount = float(rec["amount"])
        except ValueError:
            print(f"skip id {rec['id']}: bad amount {rec['amount']!r}")
            continue
        yield {"id": rec["id"], "city": rec["city"].strip().title(), "amount": amount, "tags": rec.get("tags", [])}


def dedupe(records):
    seen = set()
    for rec in records:
        if rec["id"] in seen:
            continue
        seen.add(rec["id"])
        yield rec


def enrich(records):
    for rec in records:
        rec["amount_cents"] = round(rec["amount"] * 100)
        rec["refund"] = rec["amount"] < 0
        yield rec


def batches(items, size):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
