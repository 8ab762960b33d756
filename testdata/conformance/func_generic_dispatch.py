# A hand-written single-dispatch decorator keyed on type, walking the MRO for a match.
def dispatch(fn):
    registry = {object: fn}

    def register(cls):
        def decorator(impl):
            registry[cls] = impl
            return impl
        return decorator

    def wrapper(arg, *args, **kwargs):
        for cls in type(arg).__mro__:
            if cls in registry:
                return registry[cls](arg, *args, **kwargs)
    wrapper.register = register
    wrapper.registry = registry
    return wrapper

@dispatch
def describe(value, indent=0):
    return " " * indent + f"object of type {type(value).__name__}"

@describe.register(int)
def _(value, indent=0):
    return " " * indent + f"int {value} ({'even' if value % 2 == 0 else 'odd'})"

@describe.register(bool)
def _(value, indent=0):
    return " " * indent + f"bool {value}"

@describe.register(str)
def _(value, indent=0):
    return " " * indent + f"str of length {len(value)}"

@describe.register(list)
def _(value, indent=0):
    lines = [" " * indent + f"list of {len(value)}:"]
    lines += [describe(v, indent + 2) for v in value]
    return "\n".join(lines)

@describe.register(dict)
def _(value, indent=0):
    lines = [" " * indent + f"dict with keys {sorted(map(str, value))}:"]
    lines += [describe(v, indent + 2) for _, v in sorted(value.items(), key=lambda kv: str(kv[0]))]
    return "\n".join(lines)

class Celsius(float):
    pass

class MyList(list):
    pass

print(describe(42))
print(describe(True))
print(describe(Celsius(21.5)))
print(describe(MyList([1, "ab", [None, 2.5]])))
print(describe({"b": (1, 2), "a": {"n": False}}))
print(sorted(cls.__name__ for cls in describe.registry))
