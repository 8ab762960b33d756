# A small text adventure: rooms, items and commands read from stdin.
import sys

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}


def look():
    room = ROOMS[state["room"]]
    items = ", ".join(room["items"]) or "nothing"
    exits = ", ".join(sorted(room["exits"]))
    return f"You are in {room['desc']}. You see {items}. Exits: {exits}."


def go(direction):
    room = ROOMS[state["room"]]
    if direction not in room["exits"]:
        return f"You can't go {direction}."
    target = room["exits"][direction]
    if ROOMS[target].get("locked"):
        if "key" not in state["inventory"]:
            return "The way is locked."
        ROOMS[target]["locked"] = False
        print("(You unlock the door with the key.)")
    state["room"] = target
    state["moves"] += 1
    return look()


def take(item):
    room = ROOMS[state["room"]]
    if item not in room["items"]:
        return f"There is no {item} here."
    room["items"].remove(item)
    state["inventory"].append(item)
    return f"Taken: {item}."


def drop(item):
    if item not in state["inventory"]:
        return f"You don't have {item}."
    state["inventory"].remove(item)
    ROOMS[state["room"]]["items"].append(item)
    return f"Dropped: {item}."


COMMANDS = {"look": lambda *a: look(), "go": go, "take": take, "drop": drop,
            "inventory": lambda *a: "You carry: " + (", ".join(state["inventory"]) or "nothing") + "."}
print(look())
for raw in sys.stdin:
    words = raw.lower().split()
    if not words:
        continue
    verb, args = words[0], words[1:]
    print(f"> {' '.join(words)}")
    if verb == "quit":
        break
    handler = COMMANDS.get(verb)
    if handler is None:
        print(f"I don't know how to {verb!r}.")
        continue
    try:
        print(handler(*args))
    except TypeError as e:
        print("Huh?", e)
won = "treasure" in state["inventory"]
print(f"Moves: {state['moves']}. {'You win!' if won else 'The treasure remains hidden.'}")
