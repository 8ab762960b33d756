# Higher-order functions: partial application by hand, reduce, pipelines, function attributes.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    call.__name__ = f"partial_{fn.__name__}"
    return call

def reduce(fn, items, initial=None):
    it = iter(items)
    acc = next(it) if initial is None else initial
    for x in it:
        acc = fn(acc, x)
    return acc

def power(base, exponent, *, modulo=None):
    return pow(base, exponent, modulo) if modulo else base ** exponent

square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, modulo=10)
two_to = partial(power, 2)
print(square(12), cube_mod(7), two_to(16), square.__name__)
print(square(3, exponent=4))

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

def pipeline(*fns):
    return lambda x: reduce(lambda acc, f: f(acc), fns, x)

normalize = pipeline(str.strip, str.lower, lambda s: " ".join(s.split()))
print(repr(normalize("   Hello    WORLD  from   Python  ")))

def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

print(list(filter(is_prime, range(50))), is_prime.calls)

def apply_all(fns, value):
    return {fn.__name__: fn(value) for fn in fns}

print(apply_all([len, str.upper, sorted, reversed.__call__ and (lambda s: s[::-1])], "python"))

def make_accumulators():
    return [lambda x, n=n: x + n for n in range(3)]

print([f(10) for f in make_accumulators()])
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(list(map(pow, [2, 3, 4], [5, 2, 0])), list(map(str.title, ["ada lovelace", "alan turing"])))
func = is_prime
func.note = "annotated"
print(is_prime.note, hasattr(power, "note"), power.__defaults__, power.__kwdefaults__)
print(is_prime.__name__, callable(is_prime), type(is_prime).__name__)
