# A sort key lambda fails on a record missing a field: traceback shows <lambda>.

people = [
    {"name": "Ana", "age": 31, "city": "Porto"},
    {"name": "Ben", "age": 25, "city": "Oslo"},
    {"name": "Cleo", "age": 42, "city": "Quito"},
    {"name": "Dev", "city": "Pune"},
]

by_name = sorted(people, key=lambda p: p["name"])
print([p["name"] for p in by_name])
by_city = sorted(people, key=lambda p: p["city"], reverse=True)
print([p["city"] for p in by_city])
ages = [p.get("age") for p in people]
print(ages, sum(a for a in ages if a is not None))
known = [p for p in people if "age" in p]
print("oldest", max(known, key=lambda p: p["age"])["name"])
youngest = min(known, key=lambda p: p["age"])
print("youngest", youngest["name"], youngest["age"])


def by_age(rows):
    return sorted(rows, key=lambda p: p["age"])


print([p["name"] for p in by_age(known)])
print([p["name"] for p in by_age(people)])
