# Reading nested configuration; a missing nested key raises KeyError with carets.

config = {
    "database": {"host": "db.internal", "port": 5432, "pool": {"min": 2, "max": 10}},
    "cache": {"host": "cache.internal", "ttl": 300},
    "features": {"beta": True, "search": {"engine": "fts", "limit": 50}},
}


def describe(section, depth=0):
    for key, value in section.items():
        if isinstance(value, dict):
            print("  " * depth + f"{key}:")
            describe(value, depth + 1)
        else:
            print("  " * depth + f"{key} = {value!r}")


describe(config)
print("pool size", config["database"]["pool"]["max"] - config["database"]["pool"]["min"])
print("search limit", config["features"]["search"]["limit"])
print("cache ttl minutes", config["cache"]["ttl"] / 60)
paths = [("database", "host"), ("features", "beta"), ("cache", "port")]
for path in paths:
    node = config
    for part in path:
        node = node.get(part, {}) if isinstance(node, dict) else {}
    print(".".join(path), "->", node if node != {} else "(missing)")
print("replicas", config["database"]["pool"]["replicas"])
