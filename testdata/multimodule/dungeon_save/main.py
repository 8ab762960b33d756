"""A turn-based dungeon crawl driven by a seeded RNG: entities with
__slots__ and properties, an inventory with item stacking, a generator of
turns, and a save file written to and restored from a temporary file with
json, so the restored game continues identically."""
import json
import os
import random
import tempfile

from game.entities import Hero, Monster
from game.world import Dungeon
from game.save import save_game, load_game

rng = random.Random("crawl-1")
hero = Hero("Rin", hp=30, attack=5)
dungeon = Dungeon(rng, rooms=6)
print(dungeon.describe())
log = []
for event in dungeon.explore(hero, max_turns=14):
    log.append(event)
    print(event)
print(hero, hero.inventory.summary())

fd, path = tempfile.mkstemp(suffix=".json")
os.close(fd)
try:
    save_game(path, hero, dungeon, rng)
    with open(path) as f:
        doc = json.load(f)
    print(sorted(doc), doc["hero"]["name"], len(doc["rooms"]))
    hero2, dungeon2, rng2 = load_game(path)
finally:
    os.remove(path)
a = [rng.randint(1, 100) for _ in range(5)]
b = [rng2.randint(1, 100) for _ in range(5)]
print(a == b, hero2.hp == hero.hp, hero2.inventory.summary() == hero.inventory.summary(), dungeon2.position == dungeon.position)
try:
    hero.mana = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Monster("ghost", hp=-1, attack=1)
except ValueError as e:
    print("ValueError:", e)
