# "raise ... from None" hides the original KeyError from the traceback.

class UnknownCommand(LookupError):
    def __init__(self, name, known):
        super().__init__(f"unknown command {name!r}; known: {', '.join(sorted(known))}")
        self.name = name


def cmd_add(a, b):
    return a + b


def cmd_mul(a, b):
    return a * b


COMMANDS = {"add": cmd_add, "mul": cmd_mul}


def run(name, *args):
    try:
        fn = COMMANDS[name]
    except KeyError:
        raise UnknownCommand(name, COMMANDS) from None
    return fn(*args)


script = [("add", 2, 3), ("mul", 4, 5), ("add", "ab", "cd"), ("pow", 2, 8)]
for name, *args in script:
    print(name, args, "->", run(name, *args))
