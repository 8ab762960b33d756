# A warehouse inventory keyed by (aisle, shelf, bin) tuples with sets of tags.

inventory = {}
tags = {}
moves = [
    ("add", (1, 2, 3), "hammer", 10, {"tool", "steel"}),
    ("add", (1, 2, 4), "nails", 500, {"steel", "small"}),
    ("add", (2, 1, 1), "glue", 25, {"liquid"}),
    ("add", (1, 2, 3), "hammer", 5, {"heavy"}),
    ("remove", (1, 2, 4), "nails", 120, set()),
    ("add", (3, 3, 9), "saw", 2, {"tool", "steel", "sharp"}),
    ("remove", (2, 1, 1), "glue", 25, set()),
    ("move", (3, 3, 9), (1, 1, 1), "saw", 0),
]
for move in moves:
    if move[0] == "add":
        _, loc, item, qty, item_tags = move
        key = (loc, item)
        inventory[key] = inventory.get(key, 0) + qty
        tags.setdefault(item, set()).update(item_tags)
    elif move[0] == "remove":
        _, loc, item, qty, _ = move
        key = (loc, item)
        inventory[key] -= qty
        if inventory[key] == 0:
            del inventory[key]
    else:
        _, src, dst, item, _ = move
        inventory[(dst, item)] = inventory.pop((src, item))
    print(f"{move[0]:<7}{len(inventory)} slots, {sum(inventory.values())} units")

for (loc, item), qty in sorted(inventory.items()):
    aisle, shelf, bin_ = loc
    print(f"A{aisle}-S{shelf}-B{bin_:02d} {item:<8}{qty:>5}  tags={sorted(tags[item])}")

by_aisle = {}
for (loc, item), qty in inventory.items():
    by_aisle.setdefault(loc[0], set()).add(item)
print({a: sorted(items) for a, items in sorted(by_aisle.items())})
occupied = {loc for loc, _ in inventory}
print(sorted(occupied), (1, 2, 3) in occupied, (2, 1, 1) in occupied)
steel = {item for item, t in tags.items() if "steel" in t}
tool = {item for item, t in tags.items() if "tool" in t}
print(sorted(steel & tool), sorted(steel - tool), sorted(steel ^ tool), sorted(steel | tool))
all_tags = set().union(*tags.values())
print(sorted(all_tags), len(all_tags))
neighbours = {(a, s, b + d) for a, s, b in occupied for d in (-1, 1)} - occupied
print(sorted(neighbours))
coords = sorted(occupied)
print(min(coords), max(coords), sorted(occupied, key=lambda c: (-c[2], c)))
print({loc: frozenset(t) for loc, t in [((0, 0, 0), {3, 1, 2})]}, frozenset({(1, 2), (0, 1)}))
