import json

RAW_LINES = """\
{"id": 7, "city": " Lisbon ", "amount": "12.50", "tags": ["a"]}
{"id": 3, "city": "porto", "amount": "7", "tags": []}
not json at all
{"id": 9, "city": "LISBON", "amount": "-3.25"}
{"id": 3, "city": "Porto", "amount": "7.00", "tags": ["dup"]}
{"id": 12, "city": "Faro", "amount": "abc"}
{"id": 15, "city": "faro", "amount": "1e3"}

{"id": 21, "city": "Braga", "amount": "19.99", "tags": ["x", "y"]}
{"id": 22, "city": "lisbon", "amount": "0.01"}
"""


def read_records(stream):
    for lineno, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"skip line {lineno}: {e.msg} at column {e.colno}")
            continue
        rec["_line"] = lineno
        yield rec
