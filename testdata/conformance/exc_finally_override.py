# try/except/else/finally in every combination; finally overriding returns.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for action in ("ok", "raise", "return"):
    print(action, attempt(action))

def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"  # overrides the try's return

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "exception swallowed"

def finally_sees_value():
    x = 1
    try:
        return x  # value computed before finally runs
    finally:
        x = 2

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                return out
            out.append(i)
        finally:
            out.append(f"f{i}")
    return "unreachable"

print(finally_wins(), finally_swallows(), finally_sees_value(), loop_with_finally())

def nested(level):
    try:
        try:
            if level == 0:
                raise TypeError("inner type")
            raise ValueError("inner value")
        except TypeError as exc:
            print("  inner handler:", exc)
            raise RuntimeError("converted") from exc
        finally:
            print("  inner finally")
    except RuntimeError as exc:
        print("  outer caught RuntimeError, cause:", repr(exc.__cause__))
    except ValueError as exc:
        print("  outer caught ValueError:", exc)
    else:
        print("  outer else")
    finally:
        print("  outer finally")

nested(0)
nested(1)

def try_finally_only():
    try:
        print("  body")
    finally:
        print("  cleanup")

try_finally_only()
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagation")
except ZeroDivisionError as exc:
    print("caught after finally:", exc)

def exception_var_is_cleared():
    try:
        raise ValueError("temp")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as exc:
        return f"NameError: {exc}"
    except UnboundLocalError as exc:
        return f"UnboundLocalError: {exc}"

print(exception_var_is_cleared())

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
print("done", count)
