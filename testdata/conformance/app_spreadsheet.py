# A tiny spreadsheet: cells hold numbers or formulas, evaluated with eval in a restricted namespace.

cells = {
    "A1": "10", "A2": "20", "A3": "30.5", "A4": "=SUM(A1:A3)",
    "B1": "=A1*2", "B2": "=B1+A2", "B3": "=ROUND(A3/3, 2)", "B4": "=MAX(B1:B3)",
    "C1": "=A4/B4", "C2": "=C1*100", "C3": "=AVG(A1:A3)", "C4": "=B2-A4",
}


def expand(ref_range):
    start, end = ref_range.split(":")
    col0, row0, col1, row1 = start[0], int(start[1:]), end[0], int(end[1:])
    return [f"{chr(c)}{r}" for c in range(ord(col0), ord(col1) + 1) for r in range(row0, row1 + 1)]


def translate(expr):
    out, i = [], 0
    while i < len(expr):
        ch = expr[i]
        starts_ref = ch.isupper() and expr[i + 1:i + 2].isdigit() and not expr[i - 1:i].isalpha()
        if not starts_ref:
            out.append(ch)
            i += 1
            continue
        j = i + 1
        while j < len(expr) and expr[j].isdigit():
            j += 1
        if expr[j:j + 1] == ":":
            k = j + 2
            while k < len(expr) and expr[k].isdigit():
                k += 1
            refs = expand(expr[i:k])
            out.append("[" + ", ".join(f'value("{r}")' for r in refs) + "]")
            i = k
        else:
            out.append(f'value("{expr[i:j]}")')
            i = j
    return "".join(out)


cache = {}
evaluating = []


def value(ref):
    if ref in cache:
        return cache[ref]
    if ref in evaluating:
        raise RecursionError("cycle: " + " -> ".join(evaluating + [ref]))
    evaluating.append(ref)
    raw = cells.get(ref, "0")
    if raw.startswith("="):
        expr = translate(raw[1:])
        env = {"value": value, "SUM": sum, "MAX": max, "MIN": min, "ROUND": round,
               "AVG": lambda xs: sum(xs) / len(xs), "__builtins__": {}}
        result = eval(expr, env)
    else:
        result = float(raw) if "." in raw else int(raw)
    evaluating.pop()
    cache[ref] = result
    return result


print(translate("SUM(A1:A3)+B2*ROUND(C1, 2)"))
for row in range(1, 5):
    print(" | ".join(f"{c}{row}={value(f'{c}{row}')!r:<20}" for c in "ABC"))
print(f"{'':>4}" + "".join(f"{c:>12}" for c in "ABC"))
for row in range(1, 5):
    print(f"{row:>4}" + "".join(f"{value(f'{c}{row}'):>12.3f}" for c in "ABC"))
cells["A1"] = "=C4"
cache.clear()
try:
    value("A4")
except RecursionError as e:
    print(type(e).__name__, e)
