import time
from collections import Counter
from functools import wraps

CALLS = Counter()
TIMINGS = {}


def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS[fn.__name__] += 1
        return fn(*args, **kwargs)
    return wrapper


def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS[fn.__name__] = time.perf_counter() - t0
    return wrapper
