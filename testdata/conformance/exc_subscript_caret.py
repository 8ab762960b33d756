# Nested subscripts: the caret line points at the failing index in the chain.
inventory = {
    "warehouse-a": {"bins": [[3, 0, 7], [1, 1]], "owner": "ann"},
    "warehouse-b": {"bins": [[0], [9, 9, 9]], "owner": "bob"},
}

def count(location, bin_index, slot):
    return inventory[location]["bins"][bin_index][slot]

queries = [("warehouse-a", 0, 2), ("warehouse-b", 1, 0), ("warehouse-a", 1, 1)]
for q in queries:
    print(q, "->", count(*q))

totals = {name: sum(sum(b) for b in data["bins"]) for name, data in inventory.items()}
print(totals)

def safe_count(*q):
    try:
        return count(*q)
    except (KeyError, IndexError) as exc:
        return f"{type(exc).__name__}: {exc}"

print(safe_count("warehouse-c", 0, 0))
print(safe_count("warehouse-a", 5, 0))
print(safe_count("warehouse-b", 0, 3))
ratio = totals["warehouse-a"] / totals["warehouse-b"]
print(f"ratio {ratio:.3f}")
print(inventory["warehouse-b"]["bins"][1][5])
