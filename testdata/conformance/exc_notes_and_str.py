# Exception notes (3.11 add_note), exceptions without a message, and a __str__ that fails.
class PipelineError(Exception):
    pass

class Quiet(Exception):
    pass

def stage(name, value):
    if value < 0:
        exc = ValueError(f"stage {name}: negative value {value}")
        exc.add_note(f"input was produced by stage before {name!r}")
        exc.add_note("hint: check the sensor calibration")
        raise exc
    return value * 2

try:
    stage("scale", -1)
except ValueError as exc:
    print("caught:", exc)
    print("notes:", exc.__notes__)

print(repr(Quiet()), str(Quiet()) == "", repr(PipelineError("a", "b")))
try:
    raise Quiet
except Quiet as exc:
    print("raised a class, got an instance:", type(exc).__name__, exc.args)

try:
    raise 42
except TypeError as exc:
    print("TypeError:", exc)

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no string for you")

try:
    raise BadStr("hidden")
except BadStr as exc:
    print("caught BadStr, args:", exc.args)

def process(values):
    out = []
    for v in values:
        try:
            out.append(stage("convert", v))
        except ValueError as exc:
            exc.add_note(f"while processing item {len(out)} of {values}")
            raise
    return out

print(process([1, 2, 3]))
print(process([4, -5, 6]))
