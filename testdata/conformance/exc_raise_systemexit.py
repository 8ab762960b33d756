# SystemExit: bare raise exits 0, finally blocks run, and SystemExit can be caught.
import sys

cleanup_log = []

def shutdown(code):
    try:
        print(f"shutting down with {code!r}")
        raise SystemExit(code)
    finally:
        cleanup_log.append(f"cleanup for {code!r}")

for code in (0, 2, "fatal: disk full", None, (1, 2)):
    try:
        shutdown(code)
    except SystemExit as exc:
        print(f"  caught SystemExit code={exc.code!r} args={exc.args}")
print(cleanup_log)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as exc:
    print("BaseException handler got", type(exc).__name__, exc.code)

def main():
    total = 0
    for n in range(1, 6):
        total += n
        if total > 8:
            print("limit reached at", n)
            raise SystemExit
    return total

try:
    main()
finally:
    print("finally runs before the interpreter exits")
print("never printed")
