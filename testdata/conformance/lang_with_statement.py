# with: multiple items, nesting, suppression, exception info passed to __exit__.
class Resource:
    log = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Resource.log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        Resource.log.append(f"exit {self.name} ({kind}: {exc})")
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    Resource.log.append(f"body {a}{b}")
print(Resource.log)
Resource.log.clear()

with (Resource("outer", suppress=True),
      Resource("inner") as inner_name):
    Resource.log.append(f"body {inner_name}")
    raise KeyError("boom")
print("after suppressed block:", Resource.log)
Resource.log.clear()

try:
    with Resource("x"), Resource("y", suppress=False):
        1 / 0
except ZeroDivisionError as exc:
    print("propagated:", exc)
print(Resource.log)
Resource.log.clear()

def use_in_function():
    with Resource("fn") as res:
        return f"returned {res}"

print(use_in_function(), Resource.log)
Resource.log.clear()

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.log)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")

try:
    with Resource("first"), BadEnter():
        print("unreachable")
except RuntimeError as exc:
    print("RuntimeError:", exc, Resource.log[-1])

class NotAContextManager:
    pass

try:
    with NotAContextManager():
        pass
except TypeError as exc:
    print("TypeError:", exc)
