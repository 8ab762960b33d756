# A small report tool: parse CSV stock data, validate SKUs with re, model rows
# as dataclasses with an Enum status, and export JSON.
import csv
import io
import json
import re
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List, Optional

RAW = """sku,name,qty,price,tags
AB-1001,Widget,12,2.50,"tools;small"
AB-1002,"Gadget, deluxe",0,19.99,gift
XY-0007,Gizmo,5,7.25,
bad sku,Broken,1,1.00,misc
CD-2040,Doohickey,250,0.10,"bulk;small;cheap"
"""

SKU = re.compile(r"^(?P<family>[A-Z]{2})-(?P<num>\d{4})$")


class Status(Enum):
    OUT = "out of stock"
    LOW = "low"
    OK = "ok"


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    qty: int = 0
    price: float = 0.0
    tags: List[str] = field(default_factory=list, compare=False)
    note: Optional[str] = None

    @property
    def status(self) -> Status:
        if self.qty == 0:
            return Status.OUT
        return Status.LOW if self.qty < 10 else Status.OK

    @property
    def value(self) -> float:
        return round(self.qty * self.price, 2)


items = []
rejected = []
for row in csv.DictReader(io.StringIO(RAW)):
    m = SKU.match(row["sku"])
    if not m:
        rejected.append(row["sku"])
        continue
    tags = [t for t in re.split(r"[;,]\s*", row["tags"]) if t]
    items.append(Item(row["sku"], row["name"], int(row["qty"]), float(row["price"]), tags))

print("rejected:", rejected)
for it in sorted(items):
    print(f"{it.sku:8} {it.name:16} {it.qty:4d} {it.value:8.2f} {it.status.name:3} {it.status.value}")
print(sorted(items)[0], Status("low"), Status["OK"], [s.name for s in Status])

by_family = {}
for it in items:
    fam = SKU.match(it.sku).group("family")
    by_family.setdefault(fam, []).append(it.sku)
print(json.dumps(by_family, sort_keys=True))

report = {
    "items": [dict(asdict(it), status=it.status.value) for it in items],
    "total_value": round(sum(it.value for it in items), 2),
}
text = json.dumps(report, indent=2)
print(text)
again = json.loads(text)
print(again["total_value"], [i["sku"] for i in again["items"] if "small" in i["tags"]])

out = io.StringIO()
w = csv.writer(out)
w.writerow(["sku", "status", "value"])
w.writerows([it.sku, it.status.value, it.value] for it in items)
print(repr(out.getvalue()))
