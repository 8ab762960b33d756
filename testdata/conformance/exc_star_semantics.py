# except* corner cases: naked exceptions, bare raise, new exceptions in handlers, unmatched rests.
def run(label, fn):
    try:
        fn()
        print(f"{label}: no exception")
    except BaseException as exc:
        print(f"{label}: {type(exc).__name__}: {exc!r}")

def naked_match():
    try:
        raise ValueError("v")
    except* ValueError as eg:
        print("  naked wrapped as", repr(eg), eg.exceptions[0].__traceback__ is not None)

def naked_reraise():
    try:
        raise KeyError("k")
    except* KeyError:
        raise

def naked_unmatched():
    try:
        raise TypeError("t")
    except* ValueError:
        print("  not reached")

def partial():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print("  values", eg.exceptions)

def new_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("handler failed") from None
    except* TypeError:
        print("  type errors handled")

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from values")
    except* TypeError:
        raise IndexError("from types")

def context_of_new():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError as eg:
            raise RuntimeError("r")
    except RuntimeError as exc:
        print("  context:", repr(exc.__context__))

def nested_groups():
    inner = ExceptionGroup("inner", [ValueError("a"), KeyError("b")])
    try:
        raise ExceptionGroup("outer", [inner, ValueError("c")])
    except* ValueError as eg:
        print("  matched", repr(eg))
    except* KeyError as eg:
        print("  keys", repr(eg))

def else_finally():
    try:
        pass
    except* ValueError:
        print("  not reached")
    else:
        print("  else ran")
    finally:
        print("  finally ran")

def tuple_types():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), ZeroDivisionError()])
    except* (ValueError, LookupError) as eg:
        print("  tuple matched", len(eg.exceptions))

def bad_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass

for label, fn in [("naked_match", naked_match), ("naked_reraise", naked_reraise), ("naked_unmatched", naked_unmatched),
                  ("partial", partial), ("new_in_handler", new_in_handler), ("two_new", two_new),
                  ("context_of_new", context_of_new), ("nested_groups", nested_groups), ("else_finally", else_finally),
                  ("tuple_types", tuple_types), ("bad_type", bad_type)]:
    run(label, fn)

for src in ["try:\n    pass\nexcept* ValueError:\n    return 1\n",
            "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        for j in range(2):\n            break\nprint('inner break ok')\n"]:
    try:
        exec(src, {})
    except SyntaxError as exc:
        print("SyntaxError:", exc.msg, exc.lineno)

eg = ExceptionGroup("many", [ValueError(i) for i in range(3)])
print(str(eg), str(ExceptionGroup("one", [ValueError()])), eg.derive([KeyError()]))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 0))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as exc:
    print("TypeError:", exc)
try:
    ExceptionGroup("bad", [1])
except ValueError as exc:
    print("ValueError:", exc)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as exc:
    print("TypeError:", exc)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup[int])

try:
    raise ExceptionGroup("outer", [ValueError("x"), ExceptionGroup("inner", [KeyError("y")])])
except* KeyError:
    raise OSError("while handling")
