# exec and eval with explicit globals/locals: a tiny calculator and rule engine.

env = {"__builtins__": {"abs": abs, "min": min, "max": max, "round": round}}
formulas = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 10 - 1", "abs(-7) + max(1, 9)", "round(22 / 7, 3)",
            "[x * x for x in (1, 2, 3)]", "'ab' * 3", "10 // 3, 10 % 3", "1 < 2 < 3"]
for f in formulas:
    print(f"{f:<28} = {eval(f, env)!r}")

variables = {"price": 19.99, "qty": 3, "discount": 0.1}
print(eval("price * qty * (1 - discount)", {}, variables))
print(eval("qty > 2 and discount > 0", None, variables), eval("len('abc')"))

rules = """
def grade(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    return "C"

results = {name: grade(s) for name, s in scores.items()}
count = len(results)
"""
namespace = {"scores": {"ann": 93, "ben": 85, "cal": 71}}
exec(rules, namespace)
print(namespace["results"], namespace["count"], sorted(k for k in namespace if k != "__builtins__"))
print(namespace["grade"](88), namespace["grade"].__name__)

local_ns = {}
exec("a = 5\nb = a * 2\nc = [a, b]", {}, local_ns)
print(local_ns)
code = compile("x * 2 + 1", "<formula>", "eval")
print([eval(code, {"x": x}) for x in range(5)], code.co_filename)
exec(compile("print('compiled exec', y)", "<snippet>", "exec"), {"y": 42})
print(exec("z = 1"), eval("z"), eval("  3 + 4  "), eval("\t5"))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("__name__", {"__name__": "custom"}))
result = []
exec("for i in range(3): result.append(i * i)", {"result": result})
print(result)
for src in ["1 +", "x = 1", "undefined_name", "1 / 0", "import os", "abs('x')"]:
    try:
        print(eval(src, {"__builtins__": {"abs": abs}}))
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
