# str.format with automatic, indexed, named, attribute, index and nested fields.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, -4)
data = {"name": "Ada", "langs": ["en", "fr"], "age": 36}
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0} {2}{1}".format("a", "b", "c"))
print("{name} is {age} and speaks {langs[0]} and {langs[1]}".format(**data))
print("{0[name]} / {0[langs]} / {0[age]:>5}".format(data))
print("x={0.x} y={0.y} p={0} r={0!r} s={0!s:>10}".format(p))
print("{p.x:+d},{p.y:+d} {lst[2]} {d[k]}".format(p=p, lst=[10, 20, 30], d={"k": "v"}))
print("{:{}{}{}}".format(3.14159, ">", 10, ".2f"), "{:{width}.{prec}f}".format(2.71828, width=9, prec=3))
print("{0:{1}}|{0:{2}}|{0:^{1}}".format("mid", 7, "<5"))
print("{{literal}} {{{}}} {{}}".format("inside"), "}}{{".format())
print("{!r:^12}|{!s}|{!a}".format("q", "é", "é"))
print("{0}{1}{0}".format("-" * 3, "|"), "{0:.{1}f}".format(1 / 7, 4))
print("{:d} {:x} {:o} {:b} {:e} {:%}".format(255, 255, 255, 5, 1234.5, 0.42))
print("{[1]}".format("xyz"), "{[0][1]}".format([[7, 8]]), "{.real}".format(3 + 4j), "{.imag:.1f}".format(5j))
print("{0[-1]}".format({"-1": "string key"}), "{0[1]}".format({1: "int key"}))
template = "{greeting}, {who}!"
for who in ("world", "team"):
    print(template.format(greeting="Hello", who=who), template.format_map({"greeting": "Hi", "who": who}))

class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a} {b} {c}".format_map(Defaulting(a=1)))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{name}", (), {}),
                          ("{0.missing}", (p,), {}), ("{0[5]}", ([1],), {}), ("{", (), {}),
                          ("}", (), {}), ("{!x}", (1,), {}), ("{0:{1}}", (1,), {}),
                          ("{a[}", (), {"a": 1}), ("{:>{}}", ("x", "y"), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
