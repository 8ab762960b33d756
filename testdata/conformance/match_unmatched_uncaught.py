# A match with no wildcard falls through silently; the code then fails on an unset name.
def parse_duration(text):
    match text.split():
        case [amount, ("s" | "sec" | "seconds")]:
            factor = 1
        case [amount, ("m" | "min" | "minutes")]:
            factor = 60
        case [amount, ("h" | "hours")]:
            factor = 3600
        case [amount]:
            factor = 1
    return int(amount) * factor

for text in ["30 s", "5 min", "2 h", "45"]:
    print(f"{text!r:>9} -> {parse_duration(text)} seconds")

def describe(event):
    match event:
        case {"kind": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"kind": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
    return "unrecognised"

print(describe({"kind": "click", "pos": (3, 4)}), "|", describe({"kind": "key", "key": "F1"}))
print(parse_duration("3 days"))
