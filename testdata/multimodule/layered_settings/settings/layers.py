import json
import typing
from dataclasses import fields, is_dataclass, replace

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def coerce(value, tp):
    if not isinstance(value, str):
        return value
    if tp is bool:
        low = value.lower()
        if low in _TRUE | _FALSE:
            return low in _TRUE
        raise ValueError(f"not a boolean: {value!r}")
    if typing.get_origin(tp) is list:
        return [v.strip() for v in value.split(",") if v.strip()]
    return tp(value)


def from_json(text):
    return json.loads(text)


def from_env(environ, prefix):
    out = {}
    for key, value in sorted(environ.items()):
        if not key.startswith(prefix):
            continue
        path = key[len(prefix):].lower().split("__")
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return out


def from_overrides(items):
    out = {}
    for item in items:
        key, _, value = item.partition("=")
        node = out
        *parents, last = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = value
    return out


def merge(obj, layer, prefix=""):
    hints = typing.get_type_hints(type(obj))
    names = {f.name for f in fields(obj)}
    changes, applied, ignored = {}, [], []
    for key, value in layer.items():
        if key not in names:
            ignored.append(prefix + key)
            continue
        current = getattr(obj, key)
        if is_dataclass(current) and isinstance(value, dict):
            sub, sub_applied, sub_ignored = merge(current, value, prefix + key + ".")
            changes[key] = sub
            applied += sub_applied
            ignored += sub_ignored
        else:
            changes[key] = coerce(value, hints[key])
            applied.append(prefix + key)
    return replace(obj, **changes), applied, ignored
