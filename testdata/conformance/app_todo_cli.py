# A to-do list driven by stdin commands; an unknown task id ends it with KeyError.
import sys

tasks = {}
next_id = 1
priorities = {"low": 3, "normal": 2, "high": 1}


def add(text, priority="normal"):
    global next_id
    tasks[next_id] = {"text": text, "priority": priority, "done": False}
    next_id += 1
    return next_id - 1


def show():
    order = sorted(tasks.items(), key=lambda kv: (kv[1]["done"], priorities[kv[1]["priority"]], kv[0]))
    for tid, t in order:
        mark = "x" if t["done"] else " "
        print(f"  [{mark}] #{tid:<3}{t['priority']:<7}{t['text']}")
    open_count = sum(not t["done"] for t in tasks.values())
    print(f"  {open_count} open / {len(tasks)} total")


for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    cmd, args = words[0], words[1:]
    print(">", line.rstrip())
    if cmd == "add":
        prio = "normal"
        if args and args[0].startswith("!"):
            prio = args.pop(0)[1:]
        print("  added", add(" ".join(args), prio))
    elif cmd == "done":
        tasks[int(args[0])]["done"] = True
    elif cmd == "rm":
        removed = tasks.pop(int(args[0]))
        print("  removed", repr(removed["text"]))
    elif cmd == "ls":
        show()
    elif cmd == "rename":
        tid = int(args[0])
        tasks[tid]["text"] = " ".join(args[1:])
print("end of input")
