for f in [lambda: list.append("s", 1), lambda: list.append(), lambda: dict.get(3, 1), lambda: str.upper(b"x"), lambda: set.add([], 1), lambda: bytes.hex("x")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class L(list): pass
x = L(); list.append(x, 5); print(x)
print(dict.get({1: 2}, 1), str.upper("ab"), int.bit_length(True))
