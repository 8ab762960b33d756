# An uncaught ExceptionGroup prints its tree of sub-exceptions.
def check(item):
    if item < 0:
        raise ValueError(f"negative: {item}")
    if item > 100:
        raise OverflowError(f"too big: {item}")
    return item

def check_all(items):
    good, errors = [], []
    for item in items:
        try:
            good.append(check(item))
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise ExceptionGroup("some items failed", errors)
    return good

print(check_all([1, 2, 3]))
try:
    check_all([-7, 8])
except ExceptionGroup as eg:
    print("caught group:", eg.message, [type(e).__name__ for e in eg.exceptions])
    print("ValueErrors only:", eg.subgroup(ValueError).exceptions)
print(check_all([5, -1, 500, 7]))
