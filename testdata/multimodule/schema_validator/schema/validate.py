class ValidationFailed(ValueError):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} validation error(s): " + "; ".join(f"{p} {m}" for p, m in errors))
        self.errors = errors


def validate(field, value, path="$"):
    return list(field.check(value, path))


def require_valid(field, value):
    errors = validate(field, value)
    if errors:
        raise ValidationFailed(errors)
    return value
