# Processing sys.stdin line by line: a tiny key-value store driven by commands.
import sys

header = sys.stdin.readline()
print("header:", repr(header))
version = sys.stdin.readline().strip()
print("version:", version)
store = {}
history = []
for raw in sys.stdin:
    line = raw.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    cmd, *rest = line.split(maxsplit=2)
    cmd = cmd.upper()
    history.append(cmd)
    if cmd == "SET" and len(rest) == 2:
        store[rest[0]] = rest[1]
        print(f"OK {rest[0]}")
    elif cmd == "GET" and rest:
        print(store.get(rest[0], "(nil)"))
    elif cmd == "DEL" and rest:
        print("DELETED" if store.pop(rest[0], None) is not None else "MISSING")
    elif cmd == "INCR" and rest:
        try:
            store[rest[0]] = str(int(store.get(rest[0], "0")) + 1)
            print(store[rest[0]])
        except ValueError:
            print("ERR not an integer", file=sys.stderr)
    elif cmd == "KEYS":
        print(" ".join(sorted(store)) or "(empty)")
    else:
        print(f"ERR unknown command {line!r}", file=sys.stderr)
print("commands:", len(history), sorted(set(history)))
print("final store:", dict(sorted(store.items())))
print("at EOF:", repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
