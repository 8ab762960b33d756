# Templates built from templates: computed specs, format_map with nested data, escaping.

columns = [("name", "<", 12, ""), ("qty", ">", 5, "d"), ("price", ">", 9, ".2f"), ("ok", "^", 4, "")]
row_template = " ".join("{%s:%s%d%s}" % (key, align, width, spec) for key, align, width, spec in columns)
head_template = " ".join("{%s:%s%d}" % (key, align, width) for key, align, width, _ in columns)
print(row_template)
print(head_template)
print(head_template.format(**{key: key.upper() for key, *_ in columns}))
rows = [{"name": "apple", "qty": 3, "price": 0.5, "ok": "y"},
        {"name": "watermelon", "qty": 1, "price": 3.999, "ok": "n"},
        {"name": "kiwi", "qty": 12, "price": 0.25, "ok": "y"}]
for r in rows:
    print(row_template.format(**r))
print(row_template.format_map(rows[1]))

spec_for = {"int": "{:>8,d}", "float": "{:>8.3f}", "str": "{:>8}", "bool": "{!s:>8}"}
for value in (1234567, 3.14159, "text", True, -42, 0.5):
    kind = type(value).__name__
    print(kind.ljust(6), spec_for[kind].format(value), "{{{}}}".format(kind))

config = {"server": {"host": "db.local", "ports": [5432, 5433]}, "user": "admin", "retries": 3}
message = "connect {0[user]}@{0[server][host]}:{0[server][ports][0]} (fallback {0[server][ports][1]}), retries={0[retries]:02d}"
print(message.format(config))
print("{user}@{server[host]}".format_map(config))
nested = "{:{fill}{align}{width}}"
for fill, align, width in [("*", "^", 9), ("0", ">", 6), (".", "<", 7)]:
    print(nested.format("ab", fill=fill, align=align, width=width) + "|")
print("{:{}}|{:{}{}}|{:{}.{}f}".format("x", 4, "y", ">", 3, 2.5, 7, 2))
escaped = "{{{0}}}".format("kept") + " " + "{{}}".format() + " " + f"{{{1 + 1}}}"
print(escaped)
levels = ["{0}", "{{0}}", "{{{{0}}}}"]
for t in levels:
    once = t.format("v")
    print(repr(t), "->", repr(once), "->", repr(once.format("w")))
