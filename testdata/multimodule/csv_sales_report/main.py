"""Monthly sales report from CSV: read with csv.DictReader, validate rows,
aggregate per region and month, write a summary CSV and a text table."""
import csv
import io
import os
import tempfile

from reporting.data import RAW_CSV
from reporting.load import load_sales, RowError
from reporting.aggregate import by_region_month, region_stats, best_sellers
from reporting.output import write_summary, table

rows, errors = load_sales(io.StringIO(RAW_CSV))
print(f"{len(rows)} rows loaded, {len(errors)} rejected")
for err in errors:
    print("  ", err)

summary = by_region_month(rows)
fd, path = tempfile.mkstemp(suffix=".csv")
os.close(fd)
try:
    write_summary(summary, path)
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        back = list(reader)
    with open(path, "rb") as f:
        raw = f.read()
finally:
    os.remove(path)
print(header, len(back), raw.count(b"\r\n"), raw[:40])
print(table(back, header))
for region, st in region_stats(rows).items():
    print(f"{region:<6} n={st['n']:2d} mean={st['mean']:8.2f} median={st['median']:8.2f} stdev={st['stdev']:7.2f}")
print(best_sellers(rows, 3))

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["note", 'say "hi"', 3, 2.5, None])
w.writerow(["multi\nline", "comma,inside", -1, 0.1, ""])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
