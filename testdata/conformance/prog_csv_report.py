# Parsing quoted CSV by hand, grouping sales by region and month, and printing a pivot table.
DATA = '''region,month,product,units,price
north,2026-01,"Widget, large",10,4.50
north,2026-01,Gadget,3,12.00
south,2026-01,"Widget, large",7,4.50
south,2026-02,"Sprocket ""mini""",40,0.75
north,2026-02,Gadget,5,11.50
east,2026-02,Gadget,,12.00
east,2026-01,"Widget, large",2,4.75
south,2026-02,Gadget,1,12.00
'''

def parse_csv_line(line):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields

lines = DATA.strip().splitlines()
header = parse_csv_line(lines[0])
rows, skipped = [], []
for n, line in enumerate(lines[1:], start=2):
    record = dict(zip(header, parse_csv_line(line)))
    try:
        record["units"] = int(record["units"])
        record["price"] = float(record["price"])
    except ValueError as exc:
        skipped.append(f"line {n}: {exc}")
        continue
    record["revenue"] = record["units"] * record["price"]
    rows.append(record)

print(f"{len(rows)} rows parsed, {len(skipped)} skipped: {skipped}")
print("products:", sorted({r["product"] for r in rows}))

regions = sorted({r["region"] for r in rows})
months = sorted({r["month"] for r in rows})
pivot = {(r, m): 0.0 for r in regions for m in months}
for r in rows:
    pivot[(r["region"], r["month"])] += r["revenue"]

print(f"{'region':<8}" + "".join(f"{m:>10}" for m in months) + f"{'total':>10}")
for region in regions:
    values = [pivot[(region, m)] for m in months]
    print(f"{region:<8}" + "".join(f"{v:>10.2f}" for v in values) + f"{sum(values):>10.2f}")
col_totals = [sum(pivot[(r, m)] for r in regions) for m in months]
print(f"{'total':<8}" + "".join(f"{v:>10.2f}" for v in col_totals) + f"{sum(col_totals):>10.2f}")

best = max(rows, key=lambda r: r["revenue"])
print(f"best line: {best['region']} {best['month']} {best['product']!r} = {best['revenue']:.2f}")
by_product = {}
for r in rows:
    units, revenue = by_product.get(r["product"], (0, 0.0))
    by_product[r["product"]] = (units + r["units"], revenue + r["revenue"])
for product, (units, revenue) in sorted(by_product.items(), key=lambda kv: -kv[1][1]):
    print(f"  {product:<18} {units:>4} units  avg {revenue / units:6.3f}")
