# Exceptions raised without a message print only the class name.

class ValidationError(ValueError):
    pass


def validate(record):
    if not record.get("id"):
        raise ValidationError
    if record["id"] < 0:
        raise ValidationError()
    return True


records = [{"id": 3}, {"id": 9}, {"id": 0}]
for rec in records:
    try:
        print(rec, validate(rec))
    except ValidationError as e:
        print(rec, "invalid", repr(e), repr(str(e)), e.args)

for exc in (ValueError(), KeyError(), ValueError(""), KeyError(""), Exception(None), TypeError(1, 2)):
    print(f"{type(exc).__name__:<10} str={str(exc)!r:<10} repr={exc!r}")


def check_all(items):
    for item in items:
        validate(item)
    return len(items)


print(check_all([{"id": 1}, {"id": 2}]))
print(check_all([{"id": 1}, {"id": -5}]))
