# if __name__ == "__main__": module-level code, dunder names and a main() with exit status.
import sys

VERSION = (1, 4, 2)

def parse_args(argv):
    options = {"repeat": 1, "upper": False, "words": []}
    it = iter(argv)
    for arg in it:
        if arg == "--upper":
            options["upper"] = True
        elif arg == "--repeat":
            options["repeat"] = int(next(it, "1"))
        elif arg.startswith("--"):
            raise SystemExit(f"unknown option {arg}")
        else:
            options["words"].append(arg)
    return options

def main(argv):
    opts = parse_args(argv)
    text = " ".join(opts["words"]) or "(nothing)"
    if opts["upper"]:
        text = text.upper()
    for i in range(opts["repeat"]):
        print(f"{i + 1}: {text}")
    return 0 if opts["words"] else 4

print("__name__ is", __name__)
print("version", ".".join(map(str, VERSION)))
print("argv[0] ends with .py:", sys.argv[0].endswith(".py"), "| args:", sys.argv[1:])
print(type(__builtins__).__name__ in ("module", "dict"), __doc__ is None)

if __name__ == "__main__":
    status = main(sys.argv[1:])
    print("main returned", status)
    sys.exit(status)
else:
    print("imported, not run")
