# A text adventure driven by a state table and match on parsed commands.
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and locked.", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}

state = {"room": "hall", "inventory": [], "moves": 0, "cellar_open": False}

def handle(command):
    words = command.lower().split()
    match words:
        case []:
            return "Say something."
        case ["look"] | ["l"]:
            room = ROOMS[state["room"]]
            items = ", ".join(room["items"]) or "nothing"
            return f"{room['desc']} You see: {items}. Exits: {', '.join(sorted(room['exits']))}."
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            exits = ROOMS[state["room"]]["exits"]
            if direction not in exits:
                return f"You can't go {direction}."
            target = exits[direction]
            if target == "cellar" and not state["cellar_open"]:
                return "The cellar door is locked."
            state["room"] = target
            state["moves"] += 1
            return f"You go {direction} to the {target}."
        case ["take", item] if item in ROOMS[state["room"]]["items"]:
            ROOMS[state["room"]]["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["take"]:
            return "Take what?"
        case ["drop", *items] if items:
            dropped = [i for i in items if i in state["inventory"]]
            for i in dropped:
                state["inventory"].remove(i)
                ROOMS[state["room"]]["items"].append(i)
            return f"Dropped: {', '.join(dropped) or 'nothing'}."
        case ["use", "key", *_] if "key" in state["inventory"] and state["room"] == "kitchen":
            state["cellar_open"] = True
            return "The cellar door creaks open."
        case ["use", thing, *rest]:
            target = " on " + " ".join(rest) if rest else ""
            return f"Using {thing}{target} does nothing."
        case ["inventory" | "inv" | "i"]:
            return "You carry: " + (", ".join(sorted(state["inventory"])) or "nothing")
        case [verb, *_]:
            return f"I don't know how to {verb!r}."

script = [
    "", "look", "take lamp", "take sword", "go west", "north", "take key", "take",
    "l", "south", "east", "down", "use key on door", "dance wildly", "down",
    "take treasure", "drop lamp book", "inv", "look", "use lamp",
]
for line in script:
    print(f"> {line}")
    print(" ", handle(line))
print(f"moves={state['moves']} inventory={sorted(state['inventory'])}")
