from collections import OrderedDict, namedtuple

Item = namedtuple("Item", "name qty price")


class Store:
    def __init__(self, name):
        self.name = name
        self.items = OrderedDict()

    def add(self, name, qty, price):
        self.items[name] = Item(name, qty, price)

    def sell(self, name, qty):
        item = self.items[name]
        self.items[name] = item._replace(qty=item.qty - qty)
        if self.items[name].qty == 0:
            self.items.move_to_end(name, last=False)

    def __repr__(self):
        return f"Store({self.name!r}, {len(self.items)} items)"
