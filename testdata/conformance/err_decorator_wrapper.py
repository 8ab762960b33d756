# An exception passing through a logging decorator: the wrapper frame appears in the traceback.

call_log = []


def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(f"{fn.__name__}{args}")
        result = fn(*args, **kwargs)
        call_log.append(f"{fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


@logged
def parse_version(text):
    major, minor, patch = (int(p) for p in text.split("."))
    return major, minor, patch


@logged
def bump(version, part):
    major, minor, patch = parse_version(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


print(bump("1.4.2", "minor"), bump("0.9.9", "patch"), bump("2.0.0", "major"))
print(len(call_log), call_log[:3])
print(bump.__name__, bump.__qualname__, parse_version.__name__)
print(bump("1.4", "patch"))
