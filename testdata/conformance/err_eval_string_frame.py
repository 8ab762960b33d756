# User formulas evaluated with eval(); a failing formula shows a "<string>" frame.

formulas = {
    "area": "width * height",
    "perimeter": "2 * (width + height)",
    "diagonal": "(width ** 2 + height ** 2) ** 0.5",
    "aspect": "width / height",
}
shapes = [{"width": 4, "height": 3}, {"width": 10, "height": 2.5}, {"width": 1, "height": 1}]


def evaluate(name, shape):
    return eval(formulas[name], {"__builtins__": {}}, dict(shape))


for shape in shapes:
    results = {name: round(evaluate(name, shape), 3) for name in formulas}
    print(shape, results)
try:
    eval("width +", {}, {"width": 1})
except SyntaxError as e:
    print("caught", type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval("missing * 2", {"__builtins__": {}}, {})
except NameError as e:
    print("caught", type(e).__name__, e)
shapes.append({"width": 5, "height": 0})
for shape in shapes[-1:]:
    print(shape, {name: evaluate(name, shape) for name in formulas})
