# Truth testing with __bool__ and __len__, and errors from bad return values.
class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def pop(self):
        return self.items.pop(0)

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ called on Flag({self.on})")
        return self.on

    def __repr__(self):
        return f"Flag({self.on})"

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Neither:
    pass

q = Queue(1, 2, 3)
while q:
    print("processing", q.pop(), "remaining", len(q))
print("empty queue is falsy:", not q, bool(Queue()))

print("and:", Flag(False) and "unreached")
print("or:", Flag(False) or Flag(True))
print("if:", "yes" if Flag(True) else "no")
print(bool(Both()), len(Both()), bool(Neither()))
print([x for x in [Queue(), Queue(0), Flag(False)] if x].__len__())

class BadBool:
    def __bool__(self):
        return 1

class BadLen:
    def __len__(self):
        return -1

class HugeLen:
    def __len__(self):
        return 2 ** 70

class FloatLen:
    def __len__(self):
        return 3.0

for obj in (BadBool(), BadLen(), HugeLen(), FloatLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as exc:
        print(f"{type(exc).__name__}: {exc}")
try:
    len(Neither())
except TypeError as exc:
    print("TypeError:", exc)
try:
    len(FloatLen())
except TypeError as exc:
    print("TypeError:", exc)
print(any([Queue(), Flag(False), Queue(5)]), all([Queue(1), 3, "x"]))
