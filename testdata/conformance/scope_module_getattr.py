# PEP 562 on the running module: a module-level __getattr__ answers for
# names the module lacks (attribute access and from-import-like getattr),
# __dir__ replaces dir(module); plain globals are found first.
import sys

VERSION = (1, 2)
_deprecated = {"OLD_LIMIT": "LIMIT"}
LIMIT = 100
lookups = []


def __getattr__(name):
    lookups.append(name)
    if name in _deprecated:
        return globals()[_deprecated[name]]
    if name.startswith("lazy_"):
        value = name[5:].upper()
        globals()[name] = value  # cached: __getattr__ is not asked again
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["LIMIT", "VERSION", "lazy_anything"]


me = sys.modules[__name__]
print(me.VERSION, me.OLD_LIMIT, me.lazy_box, me.lazy_box, getattr(me, "lazy_cat"), lookups)
print(hasattr(me, "nothing"), getattr(me, "nothing", "default"), lookups[-2:])
try:
    me.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(me), "lazy_box" in dir(me), sorted(k for k in vars(me) if k.startswith("lazy_")))
try:
    print(OLD_LIMIT)
except NameError as e:
    print("NameError:", e)
