"""Exporters as plugins: an abstract base class (abc) whose subclasses
register themselves with __init_subclass__, plugin modules imported by name
with __import__ and found again in sys.modules, and a registry queried by
format and capability."""
import sys

from exporters.base import Exporter, REGISTRY, ExportError
from exporters import load_plugins

ROWS = [
    {"id": 1, "name": "Ada", "langs": ["python", "c"], "score": 9.5},
    {"id": 2, "name": "Linus", "langs": ["c"], "score": 8.25},
    {"id": 3, "name": "Grace \"Amazing\" Hopper", "langs": [], "score": None},
]

loaded = load_plugins(["csv_out", "json_out", "table_out", "missing_out"])
print("loaded:", loaded)
print("registry:", sorted(REGISTRY), [m for m in sys.modules if m.startswith("exporters.builtin.")])
for fmt in sorted(REGISTRY):
    exporter = REGISTRY[fmt]()
    print(f"== {fmt} ({type(exporter).__name__}, streaming={exporter.streaming})")
    print(exporter.export(ROWS))

try:
    Exporter()
except TypeError as e:
    print("TypeError:", e)


class Half(Exporter, fmt="half"):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
try:
    REGISTRY["json"]().export([{"bad": object}])
except ExportError as e:
    print("ExportError:", e, "| cause:", type(e.__cause__).__name__)
print(sorted(REGISTRY), issubclass(REGISTRY["csv"], Exporter), isinstance(REGISTRY["csv"](), Exporter))
