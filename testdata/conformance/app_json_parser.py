# A recursive-descent JSON parser and a serializer with sorted keys and indentation.

class ParseError(Exception):
    pass

def parse(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1

    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ParseError("unexpected end of input")
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                skip()
                key = value()
                if not isinstance(key, str):
                    raise ParseError(f"object key must be a string at {pos}")
                skip()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                obj[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return obj
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            arr = []
            skip()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                skip()
                pos += 1
                if text[pos - 1] == "]":
                    return arr
                if text[pos - 1] != ",":
                    raise ParseError(f"expected ',' or ']' at {pos - 1}")
        if ch == '"':
            end = pos + 1
            out = []
            while text[end] != '"':
                if text[end] == "\\":
                    esc = text[end + 1]
                    if esc == "u":
                        out.append(chr(int(text[end + 2:end + 6], 16)))
                        end += 6
                        continue
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[esc])
                    end += 2
                else:
                    out.append(text[end])
                    end += 1
            pos = end + 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(text) and text[end] in "+-0123456789.eE":
            end += 1
        if end == pos:
            raise ParseError(f"unexpected character {ch!r} at {pos}")
        number = text[pos:end]
        pos = end
        return float(number) if any(c in number for c in ".eE") else int(number)

    result = value()
    skip()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v[k], indent + 1)}' for k in sorted(v)]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, bool) or v is None:
        return {True: "true", False: "false", None: "null"}[v]
    return repr(v)

doc = parse('{"name": "Zo\\u00eb", "tags": ["a", "b\\n"], "n": -12, "pi": 3.14, "e": 1e-3, '
            '"ok": true, "nothing": null, "nested": {"z": [], "a": {}}, "big": 123456789012345678901}')
print(doc)
print(dump(doc))
print(parse(dump(doc)) == doc, parse("  [ ]  "), parse("0.1"), parse('"\\"q\\""'))
for bad in ['{"a" 1}', "[1 2]", "tru", '{"a": 1,}', "[1] x", "", '{1: 2}']:
    try:
        parse(bad)
    except (ParseError, IndexError) as e:
        print(f"{bad!r:12} {type(e).__name__}: {e}")
