# A line-based diff using the longest common subsequence, printed in unified style.

old = """def greet(name):
    print("Hello, " + name)

def farewell(name):
    print("Goodbye, " + name)

greet("world")
farewell("world")""".splitlines()

new = """def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)

def farewell(name):
    print("Goodbye, " + name)

def shout(name):
    greet(name.upper())

greet("world")
shout("world")""".splitlines()


def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops += [("-", line) for line in a[i:]] + [("+", line) for line in b[j:]]
    return ops


ops = diff(old, new)
print("--- old.py")
print("+++ new.py")
print(f"@@ -1,{len(old)} +1,{len(new)} @@")
for tag, line in ops:
    print(f"{tag}{line}")
added = sum(tag == "+" for tag, _ in ops)
removed = sum(tag == "-" for tag, _ in ops)
print(f"{added} insertions(+), {removed} deletions(-), {len(ops) - added - removed} unchanged")
print("similarity", f"{2 * lcs_table(old, new)[0][0] / (len(old) + len(new)):.3f}")
print(diff([], ["x"]), diff(["x"], []), diff(list("abc"), list("abc")), diff(list("abcd"), list("acbd")))
