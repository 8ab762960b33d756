# any/all for validating form submissions, with short-circuit tracing.

forms = [
    {"name": "Ada", "email": "ada@example.com", "age": "36", "tags": ["math"]},
    {"name": "", "email": "nobody", "age": "-1", "tags": []},
    {"name": "Bob", "email": "bob@ex.org", "age": "abc", "tags": ["x", ""]},
    {"name": "Cy", "email": "cy@ex.io", "age": "120", "tags": ["a", "b"]},
]

def checks(form):
    return {
        "name": bool(form["name"].strip()),
        "email": "@" in form["email"] and "." in form["email"].split("@")[-1],
        "age": form["age"].isdigit() and 0 < int(form["age"]) < 130,
        "tags": all(form["tags"]) and any(form["tags"]),
    }

for form in forms:
    result = checks(form)
    ok = all(result.values())
    failing = [k for k, v in result.items() if not v]
    print(f"{form['name'] or '<blank>':<8} valid={ok!s:<5} any_ok={any(result.values())!s:<5} failing={failing}")

print(all([]), any([]), all([[]]), any([[]]), all(""), any(" "), all([0.0]), any([0j, None, 1]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(4)), all(range(0)), any(range(1)))
log = []

def probe(value):
    log.append(value)
    return value

print(any(probe(v) for v in [0, 0, 3, 0, 5]), log)
log.clear()
print(all(probe(v) for v in [1, 2, 0, 4]), log)
log.clear()
print(all([probe(v) for v in [1, 0, 4]]), log)
matrix = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in matrix), any(all(row) for row in matrix), [all(r) for r in matrix])
words = ["Apple", "Avocado", "apricot"]
print(all(w.lower().startswith("a") for w in words), any(w.isupper() for w in words))
print(all(a <= b for a, b in zip([1, 2, 2, 5], [2, 2, 5, 9])), any(map(str.isdigit, "ab1")))
for bad in [lambda: all(5), lambda: any(None), lambda: all(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
