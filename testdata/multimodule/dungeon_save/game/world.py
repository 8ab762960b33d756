from .entities import Monster

MONSTERS = [("rat", 6, 2), ("goblin", 10, 3), ("skeleton", 14, 4), ("troll", 24, 6)]
LOOT = ["potion", "gold", "gold", "key", "potion", "scroll"]


class Dungeon:
    def __init__(self, rng, rooms):
        self.rng = rng
        self.rooms = []
        for i in range(rooms):
            kind = rng.choices(["empty", "monster", "treasure"], weights=[2, 3, 2])[0]
            content = rng.choice(MONSTERS) if kind == "monster" else rng.choice(LOOT) if kind == "treasure" else None
            self.rooms.append({"kind": kind, "content": content, "cleared": False})
        self.position = 0

    def describe(self):
        return " | ".join(f"{i}:{r['kind'][0]}" + (f"({r['content'][0] if isinstance(r['content'], list) else r['content']})" if r["content"] else "")
                          for i, r in enumerate(self.rooms))

    def explore(self, hero, max_turns):
        turn = 0
        while turn < max_turns and hero.alive and self.position < len(self.rooms):
            room = self.rooms[self.position]
            turn += 1
            if room["kind"] == "monster" and not room["cleared"]:
                name, hp, attack = room["content"]
                foe = Monster(name, hp, attack)
                while foe.alive and hero.alive:
                    foe.hp -= hero.attack + self.rng.randint(0, 3)
                    if foe.alive:
                        hero.hp -= max(0, foe.attack - self.rng.randint(0, 2))
                    if hero.hp < 10 and hero.inventory.use("potion"):
                        hero.hp += 12
                        yield f"turn {turn}: {hero.name} drinks a potion (hp {hero.hp})"
                room["cleared"] = True
                yield f"turn {turn}: {hero.name} defeats the {name}, hp left {hero.hp}" if hero.alive else f"turn {turn}: {hero.name} falls to the {name}"
            elif room["kind"] == "treasure" and not room["cleared"]:
                item = room["content"]
                if item == "gold":
                    amount = self.rng.randint(5, 25)
                    hero.gold += amount
                    yield f"turn {turn}: found {amount} gold (total {hero.gold})"
                else:
                    hero.inventory.add(item)
                    yield f"turn {turn}: picked up a {item}"
                room["cleared"] = True
            else:
                yield f"turn {turn}: room {self.position} is quiet"
            self.position += 1
