# sys.exit with a string: message to stderr, exit status 1, finally blocks run.
import sys

def parse_args(argv):
    options = {"verbose": False, "count": 1}
    for arg in argv:
        if arg == "-v":
            options["verbose"] = True
        elif arg.startswith("--count="):
            options["count"] = int(arg.split("=", 1)[1])
        else:
            return None, arg
    return options, None


print("argv tail", sys.argv[1:])
options, bad = parse_args(["-v", "--count=3"])
print("parsed", options, bad)
options, bad = parse_args(sys.argv[1:])
print("parsed real args", options, bad)
try:
    if bad is not None:
        sys.exit(f"usage error: unexpected argument {bad!r}")
    print("not reached")
finally:
    print("cleanup runs before exit")
print("never printed")
