# getattr/setattr/hasattr/delattr driving a settings object from key=value lines.

class Settings:
    debug = False
    retries = 3

    def __init__(self):
        self.name = "default"

    def describe(self):
        return ", ".join(f"{k}={getattr(self, k)!r}" for k in ("name", "debug", "retries"))

config_lines = ["name = production", "debug = true", "retries = 5", "colour = blue", "retries = x"]
s = Settings()
print(s.describe())
for line in config_lines:
    key, _, value = (part.strip() for part in line.partition("="))
    if not hasattr(s, key):
        print("unknown setting", key)
        continue
    current = getattr(s, key)
    if isinstance(current, bool):
        converted = value.lower() in ("1", "true", "yes")
    elif isinstance(current, int):
        if not value.isdigit():
            print("bad int for", key, repr(value))
            continue
        converted = int(value)
    else:
        converted = value
    setattr(s, key, converted)
print(s.describe(), sorted(vars(s)))
print(getattr(s, "missing", "fallback"), getattr(Settings, "retries"), hasattr(Settings, "name"))
delattr(s, "retries")
print(s.retries, "retries" in vars(s), hasattr(s, "describe"), callable(getattr(s, "describe")))
setattr(s, "dynamic attr", 1)
print(getattr(s, "dynamic attr"), sorted(vars(s)))
method = getattr("hello", "upper")
print(method(), getattr([3, 1, 2], "index")(1), getattr(5, "bit_length")(), getattr(len, "__name__"))
setattr(Settings, "retries", 10)
print(Settings().retries, s.retries)
for bad in [lambda: getattr(s, "nope"), lambda: delattr(s, "nope"), lambda: setattr(5, "x", 1),
            lambda: getattr(s, 5), lambda: delattr(Settings, "nope"), lambda: setattr([], "append", 1),
            lambda: getattr(Settings, "describe")(), lambda: hasattr(s)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
