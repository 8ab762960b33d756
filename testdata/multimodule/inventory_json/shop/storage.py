import json
from pathlib import Path

from .models import Category, Inventory, Item


class InventoryEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Inventory):
            return {"name": o.name, "items": [i.to_json() for i in o.items.values()]}
        if isinstance(o, Category):
            return o.value
        return super().default(o)


def dump_inventory(inv, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(inv, f, cls=InventoryEncoder, indent=1)


def _item_hook(d):
    if "sku" in d:
        d = dict(d, category=Category(d["category"]) if d["category"] in {c.value for c in Category} else Category[d["category"]])
        return Item(**d)
    return d


def load_inventory(source):
    if isinstance(source, Path):
        data = json.loads(source.read_text(encoding="utf-8"), object_hook=_item_hook)
    else:
        data = json.loads(source, object_hook=_item_hook)
    inv = Inventory(data["name"])
    for item in data["items"]:
        inv.add(item)
    return inv
