# Deep recursion in a recursive-descent parser ends in a caught RecursionError,
# then a malformed document raises an uncaught custom exception.
class ParseError(Exception):
    pass

def parse_list(text, i=0):
    """Parses nested lists of integers like [1,[2,3],[]]."""
    if text[i] != "[":
        raise ParseError(f"expected '[' at {i}, found {text[i]!r}")
    i += 1
    items = []
    while text[i] != "]":
        if text[i] == "[":
            item, i = parse_list(text, i)
        else:
            j = i
            while text[j].isdigit() or text[j] == "-":
                j += 1
            if j == i:
                raise ParseError(f"unexpected {text[i]!r} at {i}")
            item, i = int(text[i:j]), j
        items.append(item)
        if text[i] == ",":
            i += 1
    return items, i + 1

def depth(value):
    return 1 + max(map(depth, value), default=0) if isinstance(value, list) else 0

for src in ["[]", "[1,2,3]", "[1,[2,[3,[4]]],[],-5]", "[[[[[[[[[[7]]]]]]]]]]"]:
    value, end = parse_list(src)
    print(f"{src:<24} -> {value} depth={depth(value)} consumed={end}")

deep = "[" * 5000 + "]" * 5000
try:
    parse_list(deep)
except RecursionError:
    print("RecursionError: document nested too deeply")

for bad in ["[1,x]", "(1)"]:
    try:
        parse_list(bad)
    except ParseError as exc:
        print("ParseError:", exc)

print(parse_list("[1,[2,oops]]"))
