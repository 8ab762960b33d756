# A CSV parser written with split/strip and a quote-aware state machine, plus a report.

RAW = '''id, name , department,salary,start
1,"Okafor, Chidi",Engineering,  98000 ,2019-03-01
2, Mei Lin ,Marketing,72000,2020-11-15
3,"O""Brien, Pat",Engineering,105000,2017-06-30
4,Sam Park,Sales,,2021-01-04
5,"Ng, ""Benny""",Sales,64000.50,2018-09-09
'''


def split_row(line):
    fields, buf, in_quotes, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"' and line[i + 1:i + 2] == '"':
                buf.append('"')
                i += 1
            elif ch == '"':
                in_quotes = False
            else:
                buf.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    fields.append("".join(buf).strip())
    return fields


lines = RAW.strip().splitlines()
header = [h.strip() for h in lines[0].split(",")]
print(header)
rows = []
for line in lines[1:]:
    values = split_row(line)
    record = dict(zip(header, values))
    record["id"] = int(record["id"])
    record["salary"] = float(record["salary"]) if record["salary"] else None
    year, month, day = map(int, record["start"].split("-"))
    record["start"] = (year, month, day)
    rows.append(record)
for r in rows:
    print(r)

naive = [line.split(",") for line in lines[1:]]
print("naive field counts:", [len(f) for f in naive], "quoted-aware:", [len(split_row(l)) for l in lines[1:]])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["department"], []).append(r)
print(f"{'department':<12}{'n':>3}{'avg salary':>14}{'earliest':>12}")
for dept in sorted(by_dept):
    members = by_dept[dept]
    paid = [m["salary"] for m in members if m["salary"] is not None]
    avg = sum(paid) / len(paid) if paid else float("nan")
    first = min(m["start"] for m in members)
    print(f"{dept:<12}{len(members):>3}{avg:>14,.2f}{'%04d-%02d-%02d' % first:>12}")
missing = [r["name"] for r in rows if r["salary"] is None]
print("missing salary:", missing)
print("longest name:", max((r["name"] for r in rows), key=len))
out_lines = []
for r in rows:
    cells = [str(r["id"]), r["name"], r["department"], "" if r["salary"] is None else f"{r['salary']:.2f}"]
    quoted = ['"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c for c in cells]
    out_lines.append(",".join(quoted))
print("\n".join(out_lines))
print(all(split_row(o)[1] == r["name"] for o, r in zip(out_lines, rows)))
