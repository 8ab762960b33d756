# global and nonlocal: module counters, nested scopes, and class-body scoping.
calls = 0
config = {"verbose": False}

def track():
    global calls
    calls += 1
    return calls

def toggle_verbose():
    config["verbose"] = not config["verbose"]  # mutation needs no global

def set_calls(value):
    global calls
    calls = value

for _ in range(3):
    track()
toggle_verbose()
print(calls, config)
set_calls(100)
print(track())

def define_global():
    global created_later
    created_later = "made inside a function"

define_global()
print(created_later)

def outer():
    level = "outer"
    events = []

    def middle():
        level = "middle"

        def inner():
            nonlocal level
            events.append(f"inner sees {level}")
            level = "changed by inner"

        inner()
        events.append(f"middle now {level}")

    middle()
    events.append(f"outer still {level}")
    return events

print(outer())

x = "global x"

class Scoping:
    x = "class x"
    seen_in_body = x
    method_sees = None

    def method(self):
        return x  # class attributes are not in a method's scope

    lam = lambda self: x
    gen_sees = [x for _ in range(1)]  # the comprehension skips the class scope

print(Scoping.seen_in_body, Scoping().method(), Scoping().lam(), Scoping.gen_sees)

def shadow():
    len = lambda s: "shadowed"
    return len("abc")

print(shadow(), len("abc"))

def counter_factory():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

b1, b2 = counter_factory(), counter_factory()
print(b1(), b1(), b2(), b1())

def read_global_then_local():
    total = 0
    for value in (1, 2, 3):
        total += value
    return total + calls

print(read_global_then_local())
print(sorted(name for name in globals() if not name.startswith("__"))[:6])
