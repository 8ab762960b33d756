"""An inventory kept as JSON: dataclass models with enums, a JSON store
that round-trips through a temporary file, and a restock planner."""
import json
import tempfile
from pathlib import Path

from shop import Category, Item, Inventory
from shop.storage import dump_inventory, load_inventory, InventoryEncoder
from shop.planner import restock_plan

inv = Inventory(name="north-warehouse")
inv.add(Item("SKU-001", "Copper wire 2mm", Category.HARDWARE, quantity=120, unit_cost=0.35, tags=["metal"]))
inv.add(Item("SKU-002", "Solder paste", Category.CONSUMABLE, quantity=8, unit_cost=12.5))
inv.add(Item("SKU-003", "Oscilloscope probe", Category.TOOL, quantity=3, unit_cost=48.0, tags=["fragile", "lab"]))
inv.add(Item("SKU-004", "Heat shrink kit", Category.CONSUMABLE, quantity=0, unit_cost=6.75))
inv.add(Item("SKU-005", "Multimeter", Category.TOOL, quantity=5, unit_cost=89.99, reorder_level=4))
try:
    inv.add(Item("SKU-002", "Duplicate", Category.TOOL))
except ValueError as e:
    print("rejected:", e)

text = json.dumps(inv, cls=InventoryEncoder, indent=2, sort_keys=True)
print(text[:200])
print("...", len(text), "characters")

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "inventory.json"
    dump_inventory(inv, path)
    print(path.name, path.exists(), path.stat().st_size == len(path.read_text()))
    again = load_inventory(path)
print(again == inv, again.items["SKU-003"], type(again.items["SKU-003"].category).__name__)
print(json.dumps({c.name: v for c, v in again.value_by_category().items()}, separators=(",", ":")))

for sku, qty in restock_plan(again, budget=300.0):
    print(f"  order {qty:3d} x {sku} ({again.items[sku].name})")

broken = '{"name": "x", "items": [{"sku": "A", "name": "a", "category": "WEAPON"}]}'
try:
    load_inventory(broken)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
try:
    json.loads('{"name": "x", "items": [}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
