# Context managers as classes: transactions, suppression, nesting, re-raising.
class Transaction:
    def __init__(self, db, name):
        self.db, self.name = db, name

    def __enter__(self):
        self.snapshot = dict(self.db)
        print(f"BEGIN {self.name}")
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print(f"COMMIT {self.name}")
            return False
        self.db.clear()
        self.db.update(self.snapshot)
        print(f"ROLLBACK {self.name} because {exc_type.__name__}: {exc_value}")
        return issubclass(exc_type, ValueError)  # swallow validation errors only

class suppress_all_but:
    def __init__(self, *keep):
        self.keep = keep
        self.swallowed = []

    def __enter__(self):
        return self.swallowed

    def __exit__(self, et, ev, tb):
        if et is None or issubclass(et, self.keep):
            return False
        self.swallowed.append(repr(ev))
        return True

db = {"alice": 100, "bob": 50}

def transfer(src, dst, amount):
    with Transaction(db, f"{src}->{dst}") as tx:
        db[src] -= amount
        if db[src] < 0:
            raise ValueError(f"insufficient funds in {src}")
        db[dst] = db.get(dst, 0) + amount
        return tx.name

print(transfer("alice", "bob", 30), db)
print(transfer("bob", "carol", 500), db)
try:
    with Transaction(db, "crash"):
        db["alice"] = 0
        raise KeyError("disk")
except KeyError as exc:
    print("escaped:", repr(exc), db)

with suppress_all_but(KeyboardInterrupt) as swallowed:
    for raw in ["1", "x", "3"]:
        with suppress_all_but(KeyError) as inner:
            print("parsed", int(raw))
        print("inner swallowed:", inner)
print("outer swallowed:", swallowed)

class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *exc):
        Indent.level -= 1

    def say(self, text):
        print("  " * Indent.level + text)

with Indent() as a:
    a.say("level one")
    with Indent() as b, Indent() as c:
        c.say("level three")
    a.say("back to one")
print("level after:", Indent.level)

class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed") from ev

try:
    with ExitRaises():
        raise OSError("original")
except RuntimeError as exc:
    print(repr(exc), "cause:", repr(exc.__cause__), "context:", repr(exc.__context__))
