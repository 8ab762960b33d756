from inventory import Store
from inventory.reports import summary, top_items
import inventory.pricing as pricing

store = Store("corner")
for name, qty, price in [("apple", 40, 0.5), ("pear", 12, 0.75), ("fig", 3, 2.0), ("kiwi", 25, 0.3)]:
    store.add(name, qty, price)
store.sell("apple", 15)
store.sell("fig", 3)
print(summary(store))
print(top_items(store, 2))
print(pricing.discounted(store, 0.1))
print(store)
