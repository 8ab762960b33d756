"""A toolkit package with a lazy module attribute (module __getattr__ and
__dir__, PEP 562), two submodules that import each other (one at module
level, one inside a function, as real code breaks cycles), module-level
state shared through the package, and `import a.b` binding only `a`."""
import sys

import toolkit
import toolkit.units

print(toolkit.__name__, "toolkit.heavy" in sys.modules, sorted(n for n in dir(toolkit) if not n.startswith("__"))[:6])
print(toolkit.convert(3, "km", "m"), toolkit.convert(212, "F", "C"), toolkit.units.FACTORS["km"])
print("toolkit.heavy" in sys.modules, toolkit.heavy.checksum("hello"), "toolkit.heavy" in sys.modules)
print(toolkit.EXPENSIVE_TABLE[:4], toolkit.loads)
try:
    toolkit.missing_thing
except AttributeError as e:
    print("AttributeError:", e)
print(toolkit.formatting.describe(5, "km"), toolkit.units.pretty(1500, "m"))
print(toolkit.formatting.calls, toolkit.units.calls, sorted(toolkit.registry))
try:
    from toolkit import not_here
except ImportError as e:
    print("ImportError:", e)
import toolkit.formatting as fmt  # noqa: E402
print(fmt is toolkit.formatting, fmt.__spec__ is None or fmt.__spec__.name, toolkit.units.__name__)
