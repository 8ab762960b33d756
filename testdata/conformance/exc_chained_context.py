# Uncaught chained exception: "During handling of the above exception..."
class ConfigError(Exception):
    pass

def parse_port(text):
    return int(text)

def load(settings):
    ports = {}
    for key, value in settings.items():
        try:
            ports[key] = parse_port(value)
        except ValueError:
            print(f"bad value for {key}: {value!r}")
            fallback = settings["default"]  # KeyError while handling the ValueError
            ports[key] = parse_port(fallback)
    return ports

print(load({"http": "80", "https": "443"}))
print(load({"http": "80", "admin": "x", "default": "8080"}))
try:
    load({"metrics": "nine"})
except KeyError as exc:
    print("KeyError:", exc, "| context:", type(exc.__context__).__name__, exc.__context__)
print(load({"http": "80", "admin": "eighty"}))
