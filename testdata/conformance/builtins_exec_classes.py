# exec() defining functions and classes in a namespace; eval of literals and comprehensions.

PLUGIN_SOURCE = '''
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"

class Square(Shape):
    sides = 4
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Triangle(Shape):
    sides = 3
    def __init__(self, base, height):
        self.base, self.height = base, height
    def area(self):
        return self.base * self.height / 2

def registry():
    return {name: obj for name, obj in globals().items()
            if isinstance(obj, type) and issubclass(obj, Shape) and obj is not Shape}

counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
'''

ns = {}
exec(PLUGIN_SOURCE, ns)
print(sorted(k for k in ns if not k.startswith("__")))
shapes = [ns["Square"](3), ns["Triangle"](4, 5), ns["Square"](1.5)]
for s in shapes:
    print(s.describe())
print(sorted(ns["registry"]()), ns["Square"].__module__ if "__name__" in ns else "no __name__")
print(ns["bump"](), ns["bump"](5), ns["counter"], ns["Square"].__mro__[1].__name__)
ns2 = {"__name__": "plugins"}
exec(PLUGIN_SOURCE, ns2)
print(ns2["Square"].__module__, ns2["Square"] is ns["Square"], ns2["Square"].__qualname__)

literals = ["[1, 2, (3, 4)]", "{'a': [1.5, None], 'b': True}", "{1, 2, 2, 3}", "(1,)", "-0x10",
            "'tab\\t'", "b'\\x00'", "1e3", "3 + 4j", "[x ** 2 for x in range(5)]",
            "{k: v for k, v in zip('ab', (1, 2))}", "sum(i for i in range(10))"]
for text in literals:
    value = eval(text)
    print(f"{text:<40} -> {value!r} ({type(value).__name__})")
scope = {"data": [3, 1, 2]}
exec("data.sort()\nresult = [d * 10 for d in data]\ndel data", scope)
print(sorted(k for k in scope if k != "__builtins__"), scope["result"])
exec("x = 1\ndef f():\n    return x + 1\ny = f()", scope)
print(scope["y"], scope["f"].__name__, scope["f"].__globals__ is scope)
try:
    exec("class Broken(Shape): pass", {})
except NameError as e:
    print(type(e).__name__, e)
print(type(eval("lambda: (yield)")()).__name__, eval("(lambda a, b=2: a * b)(21)"))
