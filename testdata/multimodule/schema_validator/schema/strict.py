import json

from .validate import ValidationFailed, require_valid


class ConfigError(RuntimeError):
    pass


def load_strict(field, text):
    doc = json.loads(text)
    try:
        return require_valid(field, doc)
    except ValidationFailed as e:
        raise ConfigError(f"configuration rejected ({len(e.errors)} problem)") from e
