from datetime import datetime

from .levels import LEVELS


class UsageError(Exception):
    pass


DEFAULTS = {"top": 5, "level": "INFO", "since": None, "width": 70}


def parse_args(argv):
    opts = dict(DEFAULTS)
    it = iter(argv)
    for arg in it:
        if not arg.startswith("--"):
            raise UsageError(f"unexpected argument {arg!r}")
        name = arg[2:]
        if name not in opts:
            raise UsageError(f"unknown option --{name}")
        try:
            value = next(it)
        except StopIteration:
            raise UsageError(f"--{name} needs a value") from None
        if name in ("top", "width"):
            if not value.isdigit():
                raise UsageError(f"--{name} must be a number, not {value!r}")
            opts[name] = int(value)
        elif name == "level":
            if value not in LEVELS:
                raise UsageError(f"--level must be one of {', '.join(LEVELS)}")
            opts[name] = value
        else:
            opts[name] = datetime.fromisoformat(value)
    return opts
