# Bare raise re-raises the active exception; the traceback keeps the original line.
class Retry(Exception):
    pass

attempts = []

def flaky(n):
    attempts.append(n)
    if n < 3:
        raise Retry(f"attempt {n} failed")
    return f"success on attempt {n}"

def with_retries(limit):
    for n in range(1, limit + 1):
        try:
            return flaky(n)
        except Retry as exc:
            print("  retrying after:", exc)
            if n == limit:
                print("  giving up")
                raise
    return None

print(with_retries(5))
print(attempts)

def log_and_reraise(values):
    try:
        return [100 // v for v in values]
    except ZeroDivisionError:
        print("  logging error, re-raising")
        raise

try:
    log_and_reraise([1, 0])
except ZeroDivisionError as exc:
    print("outer caught:", exc)

try:
    raise
except RuntimeError as exc:
    print("RuntimeError:", exc)

attempts.clear()
print(with_retries(2))
