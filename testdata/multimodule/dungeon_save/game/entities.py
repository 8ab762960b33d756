from collections import Counter


class Inventory:
    __slots__ = ("items",)

    def __init__(self, items=None):
        self.items = Counter(items or {})

    def add(self, name, n=1):
        self.items[name] += n

    def use(self, name):
        if self.items[name] <= 0:
            return False
        self.items[name] -= 1
        if not self.items[name]:
            del self.items[name]
        return True

    def summary(self):
        return ", ".join(f"{n}x {k}" for k, n in sorted(self.items.items())) or "empty"


class Creature:
    __slots__ = ("name", "_hp", "max_hp", "attack")

    def __init__(self, name, hp, attack):
        if hp <= 0:
            raise ValueError(f"{name} needs positive hp, got {hp}")
        self.name, self._hp, self.max_hp, self.attack = name, hp, hp, attack

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(self.max_hp, value))

    @property
    def alive(self):
        return self._hp > 0

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, hp={self._hp}/{self.max_hp})"


class Hero(Creature):
    __slots__ = ("inventory", "gold")

    def __init__(self, name, hp, attack):
        super().__init__(name, hp, attack)
        self.inventory = Inventory()
        self.gold = 0


class Monster(Creature):
    __slots__ = ()
