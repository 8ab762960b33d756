# A configurable report formatter using keyword-only and positional-only parameters.
def format_table(rows, /, headers=None, *, align=None, sep=" | ", border=True, float_digits=2):
    def cell(value):
        if isinstance(value, float):
            return f"{value:.{float_digits}f}"
        return str(value)

    data = [[cell(v) for v in row] for row in rows]
    if headers:
        data.insert(0, list(headers))
    widths = [max(len(r[i]) for r in data) for i in range(len(data[0]))]
    align = align or ["<"] * len(widths)
    lines = []
    for index, row in enumerate(data):
        lines.append(sep.join(f"{v:{a}{w}}" for v, a, w in zip(row, align, widths)))
        if index == 0 and headers and border:
            lines.append(sep.replace(" ", "-").join("-" * w for w in widths))
    return "\n".join(lines)

rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelon", 1, 4.0)]
print(format_table(rows))
print()
print(format_table(rows, ("fruit", "qty", "price"), align=["<", ">", ">"]))
print()
print(format_table(rows, ["F", "Q", "P"], sep=" ; ", border=False, float_digits=3))

def connect(host, port=5432, /, *, user, password=None, timeout=5.0, **options):
    auth = f"{user}:{'*' * len(password)}" if password else user
    extra = "".join(f"&{k}={v}" for k, v in sorted(options.items()))
    return f"db://{auth}@{host}:{port}?timeout={timeout}{extra}"

print(connect("db.local", user="admin"))
print(connect("db.local", 6543, user="svc", password="hunter2", sslmode="require", app="jit"))
print(connect("db.local", user="x", port=1))  # 'port' lands in **options

for call in (
    lambda: format_table(rows, None, "^^^"),
    lambda: format_table(rows=rows),
    lambda: connect("h", 1, "u"),
    lambda: connect("h"),
    lambda: connect(host="h", user="u"),
):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
