# globals() and locals() as dictionaries: counters, dynamic lookup and snapshots.

VERSION = "1.4"
counter = 0

def bump():
    globals()["counter"] += 1
    return counter

bump()
bump()
print(counter, globals()["VERSION"], "bump" in globals(), "undefined" in globals())
user_globals = sorted(k for k in globals() if not k.startswith("__"))
print(user_globals)
print(__name__, globals()["__name__"], type(globals()).__name__, globals() is globals())

def area(w, h):
    unit = "cm"
    snapshot = locals()
    total = w * h
    print(snapshot, sorted(locals()))
    return f"{total}{unit}"

print(area(3, 4))

def make_handlers():
    def on_start():
        return "started"

    def on_stop():
        return "stopped"

    return {name[3:]: fn for name, fn in locals().items() if name.startswith("on_")}

handlers = make_handlers()
print(sorted(handlers), handlers["start"](), handlers["stop"]())

def dispatch(command):
    fn = globals().get("cmd_" + command)
    if fn is None:
        return f"no command {command!r}"
    return fn()

def cmd_hello():
    return "hello!"

def cmd_version():
    return "v" + VERSION

for command in ("hello", "version", "quit"):
    print(command, "->", dispatch(command))
globals()["created_dynamically"] = 99
print(created_dynamically)

def outer():
    x = 1
    def inner():
        y = 2
        return sorted(locals().items()) + [("x in locals", "x" in locals())]
    return inner()

print(outer())
print(locals() is globals(), sorted(k for k in locals() if k.startswith("cmd_")))
class Config:
    alpha = 1
    beta = alpha + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Config.names, Config.beta)
