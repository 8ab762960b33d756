# An append-only log: several writers append, then the log is summarized.
import sys

PATH = "_tmp_io_append_log.log"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


def log(level, message):
    with open(PATH, "a") as f:
        f.write(f"{level:<5} {message}\n")


try:
    with open(PATH, "w") as f:
        f.write("# log start\n")
    events = [("INFO", "service started"), ("DEBUG", "config loaded: 12 keys"),
              ("WARN", "disk at 85%"), ("INFO", "user ann logged in"),
              ("ERROR", "payment gateway timeout"), ("INFO", "user ann logged out")]
    for level, message in events:
        log(level, message)
    with open(PATH, "a") as f:
        print("ERROR", "retry failed", sep="  ", file=f)
        f.writelines(["INFO  shutdown\n", "# log end\n"])

    counts = {}
    errors = []
    with open(PATH) as f:
        for line in f:
            if line.startswith("#"):
                continue
            level = line.split()[0]
            counts[level] = counts.get(level, 0) + 1
            if level == "ERROR":
                errors.append(line.rstrip())
    print(sorted(counts.items()))
    print(errors)
    with open(PATH) as f:
        content = f.read()
    print(content, end="")
    print(len(content.splitlines()), "lines,", len(content), "chars")
    with open(PATH, "a+") as f:
        f.write("appended via a+\n")
        f.seek(0)
        print(repr(f.readline()))
    with open(PATH) as f:
        print(repr(f.readlines()[-1]))
finally:
    remove(PATH)
