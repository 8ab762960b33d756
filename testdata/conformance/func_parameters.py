# Parameter kinds: positional-only, keyword-only, defaults, *args, **kwargs.
def make_request(method, url, /, *parts, timeout=10, retries=0, **headers):
    path = "/".join((url.rstrip("/"),) + tuple(str(p) for p in parts))
    hdrs = ", ".join(f"{k}={v}" for k, v in sorted(headers.items()))
    return f"{method} {path} timeout={timeout} retries={retries} [{hdrs}]"

print(make_request("GET", "http://h/", "users", 42))
print(make_request("POST", "http://h", timeout=3, Accept="json", method="ignored-as-header"))
print(make_request("PUT", "http://h", *["a", "b"], **{"retries": 2, "X-Id": 7}))

def clamp(value, /, low=0, high=100, *, wrap=False):
    if wrap:
        span = high - low
        return low + (value - low) % span
    return max(low, min(high, value))

print(clamp(150), clamp(-5, -3), clamp(150, high=120), clamp(250, 0, 100, wrap=True))

def show_call(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show_call())
print(show_call(1, *(2, 3), *[4], x=5, **{"y": 6}, z=7))

def describe(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)

print(describe(1, c=3))
print(describe(1, 20, 30, 40, c=3, d=5, e=6))
print(describe.__defaults__, describe.__kwdefaults__, describe.__code__.co_argcount,
      describe.__code__.co_kwonlyargcount, describe.__code__.co_posonlyargcount)

errors = [
    lambda: clamp(value=5),
    lambda: clamp(1, 2, 3, 4),
    lambda: clamp(1, wrap=True, wrapp=False),
    lambda: describe(1),
    lambda: describe(1, 2, c=3, a=9),
    lambda: make_request("GET"),
    lambda: make_request(),
    lambda: show_call(**{"a": 1}, **{"a": 2}),
    lambda: describe(*5),
    lambda: describe(1, c=1, **[1]),
    lambda: (lambda x, /, y: x + y)(x=1, y=2),
    lambda: (lambda *, k: k)(1),
]
for fn in errors:
    try:
        fn()
    except TypeError as exc:
        print("TypeError:", exc)
