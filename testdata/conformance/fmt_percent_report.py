# A fixed-width sales report produced entirely with %-formatting and %(name)s templates.

sales = [
    {"region": "North", "rep": "Alvarez", "units": 1520, "revenue": 48211.5, "target": 45000},
    {"region": "South", "rep": "Okafor", "units": 980, "revenue": 30115.25, "target": 35000},
    {"region": "East", "rep": "Lindqvist", "units": 2210, "revenue": 70999.99, "target": 60000},
    {"region": "West", "rep": "Nakamura", "units": 45, "revenue": 1250.0, "target": 10000},
]
header = "%-8s %-10s %6s %12s %10s %8s" % ("Region", "Rep", "Units", "Revenue", "Target", "Hit")
print(header)
print("=" * len(header))
row_fmt = "%(region)-8s %(rep)-10.9s %(units)6d %(revenue)12.2f %(target)10d %(pct)7.1f%%"
for rec in sales:
    rec = dict(rec, pct=100.0 * rec["revenue"] / rec["target"])
    print(row_fmt % rec)
total_units = sum(r["units"] for r in sales)
total_rev = sum(r["revenue"] for r in sales)
print("-" * len(header))
print("%-19s %6d %12.2f" % ("TOTAL", total_units, total_rev))
print("%-19s %6.1f %12.3e" % ("AVERAGE", total_units / len(sales), total_rev / len(sales)))
best = max(sales, key=lambda r: r["revenue"] / r["target"])
worst = min(sales, key=lambda r: r["revenue"])
print("Best: %(rep)s (%(region)s)   Worst: %(rep)s" % best, "| %s" % worst["rep"])
print("Units as hex: %s" % ", ".join("%#06x" % r["units"] for r in sales))
print("Units as octal: %s" % " ".join("%o" % r["units"] for r in sales))
print("Share: " + " ".join("%s=%.0f%%" % (r["region"][0], 100 * r["revenue"] / total_rev) for r in sales))
bar_scale = max(r["revenue"] for r in sales) / 30
for r in sales:
    print("%-6s|%-30s| %+.1e" % (r["region"], "#" * int(r["revenue"] / bar_scale), r["revenue"] - r["target"]))
print("%s" % "%d", "%%d" % (), "%5s|%-5s|" % ("%", "%%"))
print("%.3s|%.0s|%5.1s|" % ("abcdef", "gone", "xyz"))
print("%s and %r" % ("text", "text"), "%s" % (None,), "%r" % (b"\x00",), "%s" % 1e100)
