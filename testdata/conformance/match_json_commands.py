# Mapping and sequence patterns over JSON-like messages, with **rest and star.
messages = [
    {"type": "login", "user": "ann", "password": "secret"},
    {"type": "login", "user": "bob"},
    {"type": "post", "user": "ann", "tags": ["news", "tech", "ai"], "body": "hello"},
    {"type": "post", "user": "cy", "tags": [], "body": ""},
    {"type": "move", "to": [3, 4]},
    {"type": "move", "to": [1, 2, 3]},
    {"type": "move", "to": (5, 6)},
    {"type": "batch", "items": [{"type": "ping"}, {"type": "ping", "id": 7}]},
    {"type": "config", "debug": True, "level": 3, "extra": "x"},
    {"kind": "unknown"},
    ["raw", "list", "message"],
    ("point", 1.5, -2),
    "just text",
    None,
]

def handle(msg, depth=0):
    pad = "  " * depth
    match msg:
        case {"type": "login", "user": str(user), "password": _}:
            print(f"{pad}login attempt by {user}")
        case {"type": "login", "user": user}:
            print(f"{pad}login by {user} rejected: no password")
        case {"type": "post", "tags": [first, *others], "body": body} if body:
            print(f"{pad}post tagged {first} (+{len(others)} more): {body!r}")
        case {"type": "post"}:
            print(f"{pad}empty post ignored")
        case {"type": "move", "to": [x, y]}:
            print(f"{pad}move to x={x} y={y}")
        case {"type": "move", "to": [*coords]}:
            print(f"{pad}bad move, {len(coords)} coordinates")
        case {"type": "batch", "items": list(items)}:
            print(f"{pad}batch of {len(items)}:")
            for item in items:
                handle(item, depth + 1)
        case {"type": "ping", "id": int(ident)}:
            print(f"{pad}ping #{ident}")
        case {"type": "ping"}:
            print(f"{pad}ping")
        case {"type": "config", "debug": bool(debug), **rest}:
            print(f"{pad}config debug={debug} rest={sorted(rest.items())}")
        case {"type": kind}:
            print(f"{pad}unhandled type {kind}")
        case ["raw", *words]:
            print(f"{pad}raw words: {' '.join(words)}")
        case ("point", float() | int() as x, float() | int() as y):
            print(f"{pad}point at {x}, {y}")
        case str() as text:
            print(f"{pad}text of length {len(text)}")
        case {}:
            print(f"{pad}some other mapping with keys {sorted(msg)}")
        case _:
            print(f"{pad}nothing to do for {msg!r}")

for m in messages:
    handle(m)

match "abc":
    case ["a", "b", "c"]:
        print("strings are not sequences for match")
    case _:
        print("a str does not match a sequence pattern")
match b"ab":
    case [97, 98]:
        print("bytes matched a sequence")
    case _:
        print("bytes are not sequences for match either")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
