# A context manager whose __exit__ raises while handling an error: both appear in the traceback.
class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __enter__(self):
        if self.held:
            raise RuntimeError(f"{self.name} already held")
        self.held = True
        print(f"acquired {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and self.name == "journal":
            raise OSError(f"could not release {self.name} after {exc_type.__name__}")
        self.held = False
        print(f"released {self.name}")
        return False

def write(lock, entries):
    with lock:
        for e in entries:
            if not e:
                raise ValueError("empty entry")
            print("  wrote", e)

write(Lock("data"), ["a", "b"])
try:
    write(Lock("data"), ["c", ""])
except ValueError as exc:
    print("caught:", exc)
outer = Lock("outer")
try:
    with outer:
        with outer:
            pass
except RuntimeError as exc:
    print("caught:", exc, "| held after:", outer.held)
write(Lock("journal"), ["d", ""])
