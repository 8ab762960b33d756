# Nested lists and dicts: building, updating through aliases, copying, and comparing.
def make_board(n, fill="."):
    return [[fill] * n for _ in range(n)]

def show(board):
    return "\n".join(" ".join(row) for row in board)

good = make_board(3)
bad = [["."] * 3] * 3  # three references to the same row
good[0][0] = "X"
bad[0][0] = "X"
print(show(good))
print("--")
print(show(bad))
print(bad[0] is bad[1], good[0] is good[1])

library = {
    "fiction": [{"title": "Dune", "year": 1965, "tags": ["scifi"]}],
    "science": [],
}
library["science"].append({"title": "Cosmos", "year": 1980, "tags": []})
library["fiction"][0]["tags"].append("classic")
library.setdefault("poetry", []).append({"title": "Odes", "year": -20, "tags": ["latin"]})
for shelf, books in library.items():
    for b in books:
        print(f"{shelf:>8}: {b['title']} ({b['year']}) {b['tags']}")

shallow = dict(library)
shallow["fiction"][0]["year"] = 1966
shallow["science"] = []
print(library["fiction"][0]["year"], len(library["science"]))

def deep_copy(value):
    if isinstance(value, dict):
        return {k: deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [deep_copy(v) for v in value]
    return value

deep = deep_copy(library)
deep["fiction"][0]["tags"].clear()
print(library["fiction"][0]["tags"], deep["fiction"][0]["tags"], deep == library)
deep["fiction"][0]["tags"].append("classic")
deep["fiction"][0]["tags"].insert(0, "scifi")
print(deep == library, deep is library)

def get_path(data, path, default=None):
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return default
    return data

print(get_path(library, ["fiction", 0, "title"]), get_path(library, ["science", 5, "title"], "n/a"),
      get_path(library, ["poetry", 0, "year", "x"], "not subscriptable"))

counts = {}
for shelf, books in library.items():
    for b in books:
        for tag in b["tags"]:
            counts.setdefault(tag, {}).setdefault(shelf, 0)
            counts[tag][shelf] += 1
print(dict(sorted(counts.items())))
print(sorted([[3, 1], [2, 9], [3, 0], [2]]), [[1, 2]] * 2 == [[1, 2], [1, 2]])
