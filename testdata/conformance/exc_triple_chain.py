# Three exceptions chained: implicit context, then an explicit cause, all in one traceback.
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    return settings[key]

def parse_timeout(settings):
    try:
        raw = read_setting(settings, "timeout")
    except KeyError:
        raw = read_setting(settings, "default_timeout")  # fails too: implicit chaining
    return float(raw)

def load(settings):
    try:
        return parse_timeout(settings)
    except KeyError as exc:
        raise ConfigError("no timeout configured") from exc

print(load({"timeout": "2.5"}))
print(load({"default_timeout": "10"}))
try:
    load({})
except ConfigError as exc:
    chain = []
    link = exc
    while link is not None:
        chain.append(f"{type(link).__name__}({link})")
        link = link.__cause__ or link.__context__
    print(" <- ".join(chain))
print(load({"timeout": "soon"}) if False else "skipped")
load({"retries": 3})
