from .models import Category, Item, Inventory

__all__ = ["Category", "Item", "Inventory"]
