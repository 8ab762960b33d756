import re


class Field:
    def check(self, value, path):
        raise NotImplementedError

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if v is not None)
        return f"{type(self).__name__}({args})"


class Int(Field):
    def __init__(self, min=None, max=None):
        self.min, self.max = min, max

    def check(self, value, path):
        if not isinstance(value, int) or isinstance(value, bool):
            yield path, f"expected int, got {type(value).__name__}"
            return
        if self.min is not None and value < self.min:
            yield path, f"{value} < minimum {self.min}"
        if self.max is not None and value > self.max:
            yield path, f"{value} > maximum {self.max}"


class Str(Field):
    def __init__(self, min_len=None, pattern=None):
        self.min_len, self.pattern = min_len, pattern

    def check(self, value, path):
        if not isinstance(value, str):
            yield path, f"expected str, got {type(value).__name__}"
            return
        if self.min_len is not None and len(value) < self.min_len:
            yield path, f"shorter than {self.min_len}"
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            yield path, f"{value!r} does not match {self.pattern!r}"


class List(Field):
    def __init__(self, item, max_len=None):
        self.item, self.max_len = item, max_len

    def check(self, value, path):
        if not isinstance(value, list):
            yield path, f"expected list, got {type(value).__name__}"
            return
        if self.max_len is not None and len(value) > self.max_len:
            yield path, f"{len(value)} items > {self.max_len}"
        for i, v in enumerate(value):
            yield from self.item.check(v, f"{path}[{i}]")


class Optional(Field):
    def __init__(self, inner):
        self.inner = inner

    def check(self, value, path):
        if value is not None:
            yield from self.inner.check(value, path)


class Obj(Field):
    def __init__(self, fields):
        self.fields = fields

    def check(self, value, path):
        if not isinstance(value, dict):
            yield path, f"expected object, got {type(value).__name__}"
            return
        for name, field in self.fields.items():
            if name not in value:
                if not isinstance(field, Optional):
                    yield f"{path}.{name}", "missing"
                continue
            yield from field.check(value[name], f"{path}.{name}")
        for extra in sorted(set(value) - set(self.fields)):
            yield f"{path}.{extra}", "unexpected field"
