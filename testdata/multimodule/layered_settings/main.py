"""Application settings merged from layers: dataclass defaults, a JSON file,
environment variables (APP_*) and command-line style overrides, with type
coercion driven by the dataclass field types and a validation report."""
import copy
import json
import os
from dataclasses import asdict, fields, replace

from settings.model import Settings, Database
from settings.layers import from_json, from_env, from_overrides, merge
from settings.validate import problems

FILE = json.dumps({"debug": True, "workers": 8, "database": {"host": "db.internal", "port": 6432},
                   "allowed_hosts": ["example.org", "api.example.org"], "unknown_key": 1})
ENV = {"APP_WORKERS": "12", "APP_DATABASE__PORT": "7000", "APP_LOG_LEVEL": "warning", "HOME": "/root", "APP_DEBUG": "no"}
OVERRIDES = ["timeout=2.5", "database.name=prod", "allowed_hosts=a.org,b.org"]

for k, v in ENV.items():
    os.environ[k] = v
try:
    base = Settings()
    layers = [("file", from_json(FILE)), ("env", from_env(os.environ, "APP_")), ("cli", from_overrides(OVERRIDES))]
    current = base
    for name, layer in layers:
        current, applied, ignored = merge(current, layer)
        print(f"{name:5} applied={applied} ignored={ignored}")
finally:
    for k in ENV:
        if k != "HOME":
            del os.environ[k]

print(current)
print(json.dumps(asdict(current), indent=2, sort_keys=True))
print([f.name for f in fields(Settings)], [f.name for f in fields(Database)])
print("problems:", problems(current))
bad = replace(current, workers=0, log_level="loud", database=replace(current.database, port=70000))
print("problems:", problems(bad))
snapshot = copy.deepcopy(current)
snapshot.allowed_hosts.append("c.org")
print(current.allowed_hosts, snapshot.allowed_hosts, snapshot == current, copy.copy(current) == current)
print(base == Settings(), base.database is not Settings().database, "APP_WORKERS" in os.environ)
