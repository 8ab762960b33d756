# A command-line validator that exits with status 3 after printing a report.
import sys

RULES = {
    "name": lambda v: v.isidentifier(),
    "port": lambda v: v.isdigit() and 0 < int(v) < 65536,
    "mode": lambda v: v in ("dev", "prod"),
}

def validate(pairs):
    problems = []
    seen = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            problems.append(f"{pair!r}: expected key=value")
            continue
        rule = RULES.get(key)
        if rule is None:
            problems.append(f"{key!r}: unknown setting")
        elif not rule(value):
            problems.append(f"{key!r}: invalid value {value!r}")
        seen[key] = value
    missing = sorted(set(RULES) - set(seen))
    problems.extend(f"{key!r}: missing" for key in missing)
    return seen, problems

settings, problems = validate(sys.argv[1:])
print("arguments:", sys.argv[1:])
print("settings:", settings)
for p in problems:
    print("problem:", p)
if problems:
    sys.stdout.write(f"{len(problems)} problem(s), exiting with status 3\n")
    sys.exit(3)
print("all good")
