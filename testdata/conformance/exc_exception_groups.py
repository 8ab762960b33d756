# ExceptionGroup and except*: splitting, nesting, and handling several failures at once.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(form):
    errors = []
    if not form.get("name"):
        errors.append(ValidationError("name", "required"))
    if not str(form.get("age", "")).isdigit():
        errors.append(ValidationError("age", "must be a number"))
    elif int(form["age"]) > 150:
        errors.append(ValueError("age out of range"))
    if "@" not in form.get("email", ""):
        errors.append(ValidationError("email", "missing @"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} problem(s) in form", errors)
    return "valid"

forms = [
    {"name": "ann", "age": "34", "email": "a@x"},
    {"name": "", "age": "x", "email": "nope"},
    {"name": "bob", "age": "200", "email": "b@y"},
    {"name": "cy", "age": "300", "email": "c"},
]
for form in forms:
    try:
        print(validate(form))
    except* ValidationError as group:
        print("validation:", sorted(e.field for e in group.exceptions), "|", group.message)
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])

eg = ExceptionGroup("batch", [KeyError("k"), ValueError("v1"), ExceptionGroup("inner", [ValueError("v2"), TypeError("t")])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))

try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("x")])
except BaseExceptionGroup as exc:
    print(type(exc).__name__, [type(e).__name__ for e in exc.exceptions])
try:
    ExceptionGroup("empty", [])
except ValueError as exc:
    print("ValueError:", exc)
print(type(ExceptionGroup("ok", [ValueError()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)

try:
    try:
        raise ExceptionGroup("io", [OSError("disk"), OSError("net"), KeyError("cfg")])
    except* OSError as group:
        print("handled", len(group.exceptions), "OSErrors")
except ExceptionGroup as remaining:
    print("left over:", repr(remaining))
