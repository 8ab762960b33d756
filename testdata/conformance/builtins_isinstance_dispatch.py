# Type-based dispatch with isinstance and issubclass over tuples of types.

def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float, complex)):
        return "number"
    if isinstance(value, (str, bytes, bytearray)):
        return "text-like"
    if isinstance(value, (list, tuple, range)):
        return "sequence"
    if isinstance(value, (set, frozenset)):
        return "set"
    if isinstance(value, dict):
        return "mapping"
    if value is None:
        return "none"
    return "other:" + type(value).__name__

samples = [True, 3, 2.5, 1j, "s", b"b", bytearray(), [1], (1,), range(2), {1}, frozenset(),
           {"k": 1}, None, len, ..., Exception("boom")]
for s in samples:
    print(f"{type(s).__name__:<28}{describe(s)}")

def to_json(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = ",\n".join(pad + "  " + to_json(v, indent + 1) for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(value, dict):
        inner = ",\n".join(f'{pad}  "{k}": {to_json(v, indent + 1)}' for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

doc = {"id": 7, "ok": True, "ratio": 0.25, "name": 'say "hi"', "tags": ["a", 1, None], "empty": []}
print(to_json(doc))
try:
    to_json({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)

class Base: pass
class Left(Base): pass
class Right(Base): pass
class Both(Left, Right): pass
print([c.__name__ for c in Both.__mro__], issubclass(Both, (Right,)), isinstance(Both(), Left))
print(issubclass(bool, (str, (float, int))), issubclass(Base, Base), isinstance(Base, type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
