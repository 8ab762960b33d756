# Forwarding *args/**kwargs through layers: a retry wrapper, a logger and signature checks.
def log_call(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"call {fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper

def retry(times, exceptions=(Exception,)):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    print(f"  attempt {attempt} failed: {exc}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator

state = {"calls": 0}

@log_call
@retry(3, exceptions=(ConnectionError,))
def fetch(url, *, timeout=1.0, headers=None, **extra):
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError(f"timeout after {timeout}s")
    return f"GET {url} headers={headers} extra={sorted(extra.items())}"

print(fetch("http://x", timeout=0.5, headers={"A": 1}, verify=False))
state["calls"] = -10
try:
    fetch("http://y")
except RuntimeError as exc:
    print("RuntimeError:", exc)

def merge_options(base=None, /, **overrides):
    merged = dict(base or {})
    merged.update(overrides)
    return merged

print(merge_options({"a": 1}, a=2, b=3), merge_options(base=5))

def call_with(fn, *args, **kwargs):
    return fn(*args, **kwargs)

print(call_with(max, 3, 9, 4), call_with(sorted, [3, 1, 2], reverse=True), call_with(dict, a=1, b=2))
try:
    call_with(merge_options, {}, {})
except TypeError as exc:
    print("TypeError:", exc)

def named(**kwargs):
    return list(kwargs)

print(named(z=1, a=2, m=3), named(**{"if": 1, "class": 2}))
nested = {"outer": {"inner": 1}}
print(merge_options(**nested), merge_options(nested, **nested["outer"]))
# the keyword "fn" collides with call_with's own parameter: uncaught TypeError
print(call_with(merge_options, {"x": 0}, fn=1))
