# Wrapping a low-level error with "raise ... from": the cause is printed first.

class ConfigError(Exception):
    pass


RAW = {"port": "8080", "workers": "4", "ratio": "0.75", "timeout": "ten"}


def load(key, kind):
    text = RAW[key]
    try:
        return kind(text)
    except ValueError as exc:
        raise ConfigError(f"setting {key!r} is not a valid {kind.__name__}: {text!r}") from exc


settings = {}
for key, kind in [("port", int), ("workers", int), ("ratio", float)]:
    settings[key] = load(key, kind)
    print(key, "=", settings[key], type(settings[key]).__name__)

print("capacity", settings["workers"] * 250)
settings["timeout"] = load("timeout", int)
print("unreachable", settings)
