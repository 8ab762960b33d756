import json
import random

from .entities import Hero, Inventory
from .world import Dungeon


def save_game(path, hero, dungeon, rng):
    version, internal, gauss = rng.getstate()
    doc = {
        "hero": {"name": hero.name, "hp": hero.hp, "max_hp": hero.max_hp, "attack": hero.attack,
                 "gold": hero.gold, "items": dict(hero.inventory.items)},
        "rooms": dungeon.rooms,
        "position": dungeon.position,
        "rng": [version, list(internal), gauss],
    }
    with open(path, "w") as f:
        json.dump(doc, f)


def load_game(path):
    with open(path) as f:
        doc = json.load(f)
    h = doc["hero"]
    hero = Hero(h["name"], h["max_hp"], h["attack"])
    hero.hp, hero.gold = h["hp"], h["gold"]
    hero.inventory = Inventory(h["items"])
    rng = random.Random()
    version, internal, gauss = doc["rng"]
    rng.setstate((version, tuple(internal), gauss))
    dungeon = Dungeon.__new__(Dungeon)
    dungeon.rng, dungeon.rooms, dungeon.position = rng, doc["rooms"], doc["position"]
    return hero, dungeon, rng
