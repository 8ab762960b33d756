# sys.exit with an integer status; SystemExit can be caught and inspected first.
import sys

checks = [("disk", 72), ("memory", 91), ("cpu", 45), ("swap", 99)]
WARN, CRIT = 80, 95


def level(value):
    if value >= CRIT:
        return 2
    if value >= WARN:
        return 1
    return 0


worst = 0
for name, value in checks:
    lvl = level(value)
    worst = max(worst, lvl)
    print(f"{name:<7}{value:>4}% {['OK', 'WARNING', 'CRITICAL'][lvl]}")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit", repr(e.code))
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("caught tuple exit", e.code)
print("exiting with", worst, file=sys.stderr)
sys.stdout.flush()
sys.exit(worst)
