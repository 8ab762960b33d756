# A JSON-like serializer and pretty printer written by hand, with a small parser back.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=2, level=0):
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [inner + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k in sorted(value, key=str):
            parts.append(f"{inner}{escape(str(k))}: {dumps(value[k], indent, level + 1)}")
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

doc = {
    "name": "jitlens",
    "version": (0, 1, 0),
    "tags": ["perf", "jit", 'quote"d', "tab\there"],
    "ratio": 0.1 + 0.2,
    "big": 10 ** 20,
    "tiny": 1e-12,
    "nested": {"empty_list": [], "empty_dict": {}, "flag": True, "nothing": None, "unicode": "naïve ☃"},
    3: "int key",
}
text = dumps(doc)
print(text)
print(dumps([[], {}, [[1, [2]]], {"k": {"k": None}}], indent=1))
print(dumps("back\\slash and \"quotes\" and\nnewline"), dumps(-0.0), dumps(2 ** 70), dumps(1.5e300))
print(len(text.splitlines()), "lines;", text.count("{"), "objects;", text.count("["), "arrays")
for bad in (float("nan"), {1, 2}):
    try:
        dumps(bad)
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
