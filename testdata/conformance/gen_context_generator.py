# Generator-based context managers written by hand (no contextlib): setup, yield, teardown.
class generator_cm:
    def __init__(self, gen_fn, *args, **kwargs):
        self.gen = gen_fn(*args, **kwargs)

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True        # the generator handled the exception
        except BaseException as raised:
            if raised is exc:
                return False   # re-raised unchanged: let it propagate
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return generator_cm(fn, *args, **kwargs)
    return helper

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")

@contextmanager
def ignoring(*kinds):
    try:
        yield
    except kinds as exc:
        print(f"  ignored {type(exc).__name__}: {exc}")

log = []
with tag("html", log):
    with tag("body", log) as body:
        log.append(f"text in {body}")
print("".join(log))

with ignoring(KeyError, IndexError):
    {}["missing"]
with ignoring(ZeroDivisionError):
    print("  no error here")
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as exc:
    print("propagated:", exc)

log.clear()
try:
    with tag("div", log):
        raise RuntimeError("inside div")
except RuntimeError as exc:
    print("caught:", exc, "| log:", log)

@contextmanager
def broken():
    yield 1
    yield 2

try:
    with broken() as value:
        print("value", value)
except RuntimeError as exc:
    print("RuntimeError:", exc)
