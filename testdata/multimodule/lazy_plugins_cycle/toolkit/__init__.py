"""Unit conversion toolkit; heavy parts load on first use."""
import sys

registry = {}
loads = []

from .units import convert  # noqa: E402  (units needs registry above)
from . import formatting  # noqa: E402

_LAZY = {"heavy", "EXPENSIVE_TABLE"}


def __getattr__(name):
    if name in _LAZY:
        loads.append(name)
        # not `from . import heavy`: its hasattr check would call this
        # __getattr__ again
        __import__(__name__ + ".heavy")
        heavy = sys.modules[__name__ + ".heavy"]
        if name == "heavy":
            return heavy
        return heavy.TABLE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
