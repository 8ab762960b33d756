# Decorators with and without arguments, stacked, preserving metadata by hand.
def wraps_like(original):
    def copy(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return copy

def trace(fn):
    depth = [0]

    @wraps_like(fn)
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        print(f"{indent}-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(fn):
        @wraps_like(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def validate(**types):
    def decorator(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

        @wraps_like(fn)
        def wrapper(*args):
            for name, value in zip(names, args):
                expected = types.get(name)
                if expected and not isinstance(value, expected):
                    raise TypeError(f"{fn.__name__}: {name} must be {expected.__name__}")
            return fn(*args)
        return wrapper
    return decorator

@trace
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)

print(gcd(48, 18), gcd.__name__, gcd.__doc__, gcd.__wrapped__(7, 3))

counter = iter(range(100))

@repeat(3)
def next_id(prefix):
    return f"{prefix}{next(counter)}"

print(next_id("id-"), next_id.__name__)

@trace
@validate(x=int, y=int)
def area(x, y):
    return x * y

print(area(3, 4))
try:
    area(3, "4")
except TypeError as exc:
    print("TypeError:", exc)

def decorator_order(label):
    def deco(fn):
        print(f"applying {label}")
        def wrapper():
            return f"{label}({fn()})"
        return wrapper
    return deco

@decorator_order("outer")
@decorator_order("middle")
@decorator_order("inner")
def core():
    return "core"

print(core())

registry = {}
def route(path, methods=("GET",)):
    def register(fn):
        for m in methods:
            registry[(m, path)] = fn
        return fn
    return register

@route("/")
def index():
    return "home"

@route("/items", methods=("GET", "POST"))
def items():
    return "items"

print(sorted((m, p, f()) for (m, p), f in registry.items()))
print(index(), index.__name__)
print((lambda f: lambda *a: f(*a) * 2)(lambda x, y: x + y)(3, 4))
