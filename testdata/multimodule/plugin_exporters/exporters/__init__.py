import sys


def load_plugins(names):
    loaded = []
    for name in names:
        full = f"{__name__}.builtin.{name}"
        try:
            __import__(full)
        except ModuleNotFoundError as e:
            loaded.append(f"{name}: {e}")
            continue
        module = sys.modules[full]
        loaded.append(f"{name}: {getattr(module, 'DESCRIPTION', '?')}")
    return loaded
