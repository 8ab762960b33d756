# Comprehensions: nested, filtered, dict/set, their own scope, generators inside.
students = [
    ("ana", "math", 91), ("ben", "math", 78), ("ana", "art", 85),
    ("cid", "math", 62), ("ben", "art", 88), ("cid", "art", 95),
]

by_student = {name: [score for n, _, score in students if n == name] for name, _, _ in students}
print(by_student)
averages = {name: sum(s) / len(s) for name, s in by_student.items()}
print(averages)
subjects = sorted({subject for _, subject, _ in students})
print(subjects)
honours = [f"{n}:{sub}" for n, sub, sc in students if sc >= 85 if sub == "art" or n == "ana"]
print(honours)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [x for row in matrix for x in row if x % 2]
print(transposed, flat)
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print({x % 3: x for x in range(10)})
print(sorted({c.lower() for c in "Mississippi"}))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()))

# the loop variable does not leak
x = "outer"
squares = [x * x for x in range(3)]
print(x, squares)

# class body names are not visible inside a comprehension (except the first iterable)
try:
    class Config:
        base = 10
        values = [base + i for i in range(3)]  # 'base' is not visible here
except NameError as exc:
    print("NameError:", exc)

class Config2:
    base = [1, 2]
    doubled = [v * 2 for v in base]  # first iterable is evaluated in class scope

print(Config2.doubled)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

gen = (n * 10 for n in range(3))
print(next(gen), list(gen), list(gen))
print(list(zip(*matrix)))
