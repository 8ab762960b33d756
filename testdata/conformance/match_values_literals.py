# Literal patterns, value patterns via dotted names, or-patterns and as-patterns.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Http:
    OK = 200
    NOT_FOUND = 404

    class Redirect:
        MOVED = 301
        FOUND = 302

def status_text(code):
    match code:
        case Http.OK:
            return "OK"
        case Http.Redirect.MOVED | Http.Redirect.FOUND as redirect:
            return f"redirect ({redirect})"
        case Http.NOT_FOUND:
            return "Not Found"
        case 500 | 502 | 503:
            return "server error"
        case int(n) if 400 <= n < 500:
            return f"client error {n}"
        case _:
            return "unknown"

print([status_text(c) for c in (200, 301, 302, 404, 418, 503, 999)])

def paint(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"no rule for {other!r}"

print(paint("red"), paint(Color.GREEN), paint("blue"))

def literal(value):
    match value:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case "a" | "b" | "c" as letter:
            return f"letter {letter}"
        case ():
            return "empty tuple or list"
        case (x,):
            return f"singleton {x!r}"
        case _:
            return f"other {value!r}"

for v in (None, True, False, 0, 0.0, 1, 1.0, 1.5, -1, 1 + 2j, "", b"raw", "b", (), [], ("x",), [[]], 2):
    print(f"{v!r:>8} -> {literal(v)}")

def capture_position(data):
    match data:
        case [(0 | 1) as bit, *rest] if all(b in (0, 1) for b in rest):
            return f"bits starting with {bit}, {len(rest)} more"
        case [[a, b], [c, d]]:
            return f"2x2 with trace {a + d}"
        case [int() | float() as first, *_, last] if first == last:
            return f"same ends {first}"
        case _:
            return "no pattern"

for d in ([1, 0, 1], [0], [[1, 2], [3, 4]], [5, 6, 5.0], [2, 3], [1, 2]):
    print(d, "->", capture_position(d))
