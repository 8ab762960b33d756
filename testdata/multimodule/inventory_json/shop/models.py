from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import Dict, List


class Category(Enum):
    HARDWARE = "hw"
    CONSUMABLE = "cons"
    TOOL = "tool"


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    quantity: int = 0
    unit_cost: float = 0.0
    tags: List[str] = field(default_factory=list)
    reorder_level: int = 10

    @property
    def value(self) -> float:
        return round(self.quantity * self.unit_cost, 2)

    def to_json(self):
        data = asdict(self)
        data["category"] = self.category.value
        return data


@dataclass
class Inventory:
    name: str
    items: Dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise ValueError(f"duplicate SKU {item.sku!r}")
        self.items[item.sku] = item

    def value_by_category(self):
        totals = {}
        for item in self.items.values():
            totals[item.category] = round(totals.get(item.category, 0.0) + item.value, 2)
        return totals
