# Save and reload application state with json: options, hooks, errors.
import json

state = {
    "name": "jitlens demo",
    "version": 3,
    "ratio": 0.1 + 0.2,
    "tags": ["fast", "ünïcode", "emoji 🚀", 'quote " and \\ backslash'],
    "nested": {"empty_list": [], "empty_dict": {}, "none": None, "flags": [True, False]},
    "big": 2 ** 70,
    "floats": [1.0, 1e-7, 1e22, 123456789.125, -0.0, float("inf"), float("nan")],
    "tuple": (1, 2),
    7: "int key",
    2.5: "float key",
    None: "none key",
    True: "bool key",
}

text = json.dumps(state)
print(text)
print(json.dumps(state, ensure_ascii=False))
print(json.dumps(state["nested"], indent=2, sort_keys=True))
print(json.dumps(state["tags"], indent="--", separators=(";", "=")))
print(json.dumps({"b": [1, {"c": 2}], "a": 1}, indent=0))
print(json.dumps({"k": 1, "l": [1, 2]}, separators=(",", ":"), sort_keys=True))

back = json.loads(text)
print(back["tags"] == state["tags"], back["tuple"], back["big"], back["floats"])
print(sorted(k for k in back if k[0].isdigit()), back["null"], back["true"])

# hooks and number parsing
doc = '{"point": {"x": 1.5, "y": -2}, "items": [{"id": 1}, {"id": 2}], "pi": 3.14159}'
print(json.loads(doc, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.loads(doc, parse_float=lambda s: "float:" + s, parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, Infinity, -Infinity, 1e400]', parse_constant=lambda s: "const:" + s))
print(json.loads(b'{"bytes": "ok", "list": [1, 2, 3]}'))
print(json.loads('  {"dup": 1, "dup": 2}  '), json.loads('"\\u00e9\\ud83d\\ude80\\n\\t\\/"'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_extra(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode_extra(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shapes = {"origin": Point(0, 0), "corners": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}
s = json.dumps(shapes, default=encode_extra)
print(s)
loaded = json.loads(s, object_hook=decode_extra)
print([(p.x, p.y) for p in loaded["corners"]], loaded["ids"])


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {5, 4}, "f": frozenset([9])}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=1).encode([{1, 2}]))
try:
    json.dumps({"p": Point(1, 1)}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)

for bad in [{1, 2}, {"k": object}, {(1, 2): "tuple key"}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = {"self": None}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

for bad in ['', '{"a": 1,}', "{'single': 1}", '[1, 2', '{"a" 1}', '[1 2]', '"unterminated', '"bad \\x escape"',
            '{"a": tru}', '[1] [2]', '\n\n   {"line": 3,, }', '"tab\there"', '\ufeff{}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:28} {e.msg!r} pos={e.pos} line={e.lineno} col={e.colno} | {e}")
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecoder().raw_decode('{"a": [1, 2]} trailing text'))
