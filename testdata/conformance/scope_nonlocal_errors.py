# nonlocal and global rules checked at compile time, exercised through exec of source strings.
snippets = {
    "nonlocal at module level": "nonlocal x",
    "nonlocal with no binding": "def f():\n    nonlocal missing\n",
    "global after use": "def f():\n    print(y)\n    global y\n",
    "name both param and global": "def f(a):\n    global a\n",
    "nonlocal ok": "def f():\n    v = 1\n    def g():\n        nonlocal v\n        v += 1\n        return v\n    return g()\nresult = f()\n",
    "return outside function": "return 5",
    "yield outside function": "yield 1",
    "break outside loop": "break",
    "continue in finally ok": "for i in range(2):\n    try:\n        pass\n    finally:\n        continue\nresult = 'ok'\n",
}

for label, source in snippets.items():
    namespace = {}
    try:
        exec(source, namespace)
        print(f"{label:<28} ok, result={namespace.get('result')!r}")
    except SyntaxError as exc:
        print(f"{label:<28} SyntaxError: {exc.msg} (line {exc.lineno})")

def outer():
    items = []
    def add(v):
        items.append(v)   # fine: mutation
    def reset():
        nonlocal items
        items = []
    add(1); add(2)
    before = list(items)
    reset(); add(3)
    return before, items

print(outer())
code = compile("z = 40 + 2", "<config>", "exec")
ns = {}
exec(code, ns)
print(ns["z"], eval("z * 2", ns), eval("[w for w in range(3)]"))
