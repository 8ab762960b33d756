# sys.exit with a non-int object: its str goes to stderr and the status is 1; finally blocks run.
import sys

class ExitReport:
    def __init__(self, errors):
        self.errors = errors

    def __str__(self):
        lines = [f"{len(self.errors)} error(s):"]
        lines += [f"  - {e}" for e in self.errors]
        return "\n".join(lines)

def check(config):
    errors = []
    for key in ("host", "port", "user"):
        if key not in config:
            errors.append(f"missing {key}")
    if not str(config.get("port", "0")).isdigit():
        errors.append(f"port must be numeric, got {config['port']!r}")
    return errors

class Session:
    def __enter__(self):
        print("session opened")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"session closed ({exc_type.__name__ if exc_type else 'normally'})")
        return False

def main(config):
    with Session():
        try:
            errors = check(config)
            if errors:
                sys.exit(ExitReport(errors))
            print("config ok:", config)
        finally:
            print("finally in main")

try:
    main({"host": "db", "port": "5432", "user": "app"})
    sys.exit(None)
except SystemExit as exc:
    print("sys.exit(None) raises SystemExit with code", exc.code)
main({"host": "db", "port": "fifty"})
print("never printed")
