"""A schema validator for JSON documents: field specs built from small
classes, errors collected with their JSON paths, statistics over the
valid records, and a strict mode whose failure escapes as a chained
exception (raise ... from ...), printed by the interpreter."""
import json
import statistics
import sys

from schema.fields import Int, Str, List, Obj, Optional
from schema.validate import validate, ValidationFailed
from schema.strict import load_strict

PERSON = Obj({
    "name": Str(min_len=1),
    "age": Int(min=0, max=150),
    "emails": List(Str(pattern=r"[^@\s]+@[^@\s]+\.\w+"), max_len=3),
    "manager": Optional(Str()),
})

DOCS = """[
  {"name": "Ada", "age": 36, "emails": ["ada@math.org"], "manager": null},
  {"name": "", "age": -1, "emails": ["nope", "x@y.z"]},
  {"name": "Brian", "age": "40", "emails": "b@k.com", "extra": true},
  {"name": "Cleo", "age": 29, "emails": ["c@x.io", "c2@x.io", "c3@x.io", "c4@x.io"], "manager": "Ada"},
  {"name": "Dov", "age": 51, "emails": [], "manager": 7}
]"""

people = json.loads(DOCS)
valid = []
for i, person in enumerate(people):
    errors = validate(PERSON, person, path=f"$[{i}]")
    if errors:
        print(f"record {i}: {len(errors)} error(s)")
        for path, message in errors:
            print(f"   {path}: {message}")
    else:
        valid.append(person)
print("valid:", [p["name"] for p in valid], "mean age:", statistics.mean(p["age"] for p in valid))
print(PERSON)
sys.stdout.flush()

config_text = '{"name": "svc", "age": 3, "emails": ["ops@svc.io"], "manager": 12}'
print(load_strict(PERSON, '{"name": "ok", "age": 1, "emails": []}')["name"])
load_strict(PERSON, config_text)
