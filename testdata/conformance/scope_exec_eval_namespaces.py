# exec and eval with explicit namespaces: globals vs locals, functions defined inside exec.
source = """
def area(w, h):
    return w * h * SCALE

result = area(3, 4)
names = sorted(n for n in dir() if not n.startswith('__'))
"""
ns = {"SCALE": 2}
exec(source, ns)
print(ns["result"], ns["names"], ns["area"](1, 1))

local_ns = {}
exec("x = 5\ny = x * 2", {}, local_ns)
print(local_ns)

print(eval("a + b", {"a": 1}, {"b": 2}), eval("len(s)", {"s": "four"}))
print(eval("[i * k for i in range(3)]", {"k": 10}))
try:
    eval("k + 1", {})
except NameError as exc:
    print("NameError:", exc)
try:
    eval("x = 1")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg)

counter = 0
exec("counter += 1")   # module level: exec sees and changes the real globals
print(counter)

def inside():
    value = 1
    exec("value = 99")          # does not rebind the function's local
    scope = {}
    exec("value = 99", globals(), scope)
    return value, scope["value"]

print(inside())
expr = "sum(v for v in data if v > limit)"
for limit in (0, 2, 10):
    print(limit, eval(expr, {"data": [1, 2, 3, 4], "limit": limit}))
code = compile("print('compiled', 6 * 7)", "<snippet>", "exec")
exec(code)
print(type(code).__name__, code.co_filename)
safe = {"__builtins__": {}}
try:
    eval("len('abc')", safe)
except NameError as exc:
    print("NameError:", exc)
# a generator expression inside eval cannot see names from the separate locals mapping
print(eval(expr, {"data": [1, 2, 3, 4]}, {"limit": 1}))
