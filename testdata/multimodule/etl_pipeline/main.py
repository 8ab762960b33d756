"""A small ETL pipeline built from generators: JSON-lines records read
from an in-memory file, cleaned and enriched stage by stage (itertools
islice, chain, tee, groupby), statistics per group, output captured by
swapping sys.stdout for a StringIO, and a binary export through BytesIO."""
import io
import sys

from etl.source import RAW_LINES, read_records
from etl.stages import clean, enrich, batches, dedupe
from etl.sink import summarize, export_binary, import_binary

records = list(enrich(dedupe(clean(read_records(io.StringIO(RAW_LINES))))))
print(f"{len(records)} clean records")
for batch in batches(records, 4):
    print("batch:", [r["id"] for r in batch])

captured = io.StringIO()
real_stdout, sys.stdout = sys.stdout, captured
try:
    summarize(records)
finally:
    sys.stdout = real_stdout
report = captured.getvalue()
print(f"captured {len(report.splitlines())} lines, {len(report)} chars")
print(report, end="")

blob = export_binary(records)
print(len(blob), blob[:12], blob.count(b"\n"))
back = import_binary(blob)
print(back == [(r["id"], r["city"], r["amount_cents"]) for r in records], back[:2])
print("stderr goes elsewhere", file=sys.stderr)
