# A rate limiter built from closures; exceeding the limit raises an uncaught custom error.
class RateLimitExceeded(Exception):
    def __init__(self, key, limit, window):
        super().__init__(f"{key!r} exceeded {limit} calls per {window} ticks")

def make_limiter(limit, window):
    history = {}
    clock = [0]

    def tick(n=1):
        clock[0] += n

    def allow(key):
        now = clock[0]
        recent = [t for t in history.get(key, []) if now - t < window]
        if len(recent) >= limit:
            raise RateLimitExceeded(key, limit, window)
        recent.append(now)
        history[key] = recent
        return len(recent)

    return allow, tick

allow, tick = make_limiter(limit=3, window=10)
for step in range(6):
    for user in ("ann", "bob"):
        if user == "bob" and step % 2:
            continue
        try:
            print(f"t={step * 3:>2} {user}: call #{allow(user)} in window")
        except RateLimitExceeded as exc:
            print(f"t={step * 3:>2} {user}: refused ({exc})")
    tick(3)

strict_allow, strict_tick = make_limiter(limit=2, window=100)
for n in range(5):
    print("strict call", strict_allow("cy"))
