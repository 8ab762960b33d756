# An exception whose __str__ itself fails: the traceback prints a placeholder.

class ReportError(Exception):
    def __init__(self, code, details):
        super().__init__(code)
        self.code = code
        self.details = details

    def __str__(self):
        return f"report failed with code {self.code}: " + ", ".join(self.details)


def build(sections):
    if not all(isinstance(s, str) for s in sections):
        raise ReportError(len(sections), sections)
    return " | ".join(s.title() for s in sections)


print(build(["summary", "details", "appendix"]))
try:
    build(["intro", "body"] + [42])
except ReportError as e:
    print("caught", type(e).__name__, e.code, e.details)
    try:
        text = str(e)
    except TypeError as inner:
        print("str() of it failed:", inner)
try:
    build(["a", 7])
except ReportError as e:
    print(repr(e), e.args)
ok = ReportError(1, ["a", "b"])
print(str(ok), ok.args)
print(build(["one", "two", 3]))
