# A while-loop driven scanner for a config format with sections, continuation lines and errors.
SOURCE = """\
# global settings
name = jitlens
threads = 4

[server]
host = localhost
port = 8080
motd = welcome to \\
  the server \\
  have fun
[server]  ; duplicate section merges
timeout = 30

[empty]
[paths]
root=/srv
cache = /srv/cache   # trailing comment
bad line here
= no key
"""

def parse(text):
    lines = text.splitlines()
    sections = {"": {}}
    current = ""
    errors = []
    i = 0
    while i < len(lines):
        raw = lines[i]
        i += 1
        line = raw.split("#", 1)[0].split(";", 1)[0].strip()
        if not line:
            continue
        while line.endswith("\\") and i < len(lines):
            line = line[:-1].rstrip() + " " + lines[i].strip()
            i += 1
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            errors.append(f"line {i}: cannot parse {raw.strip()!r}")
            continue
        if value.isdigit():
            value = int(value)
        sections[current][key] = value
    return sections, errors

sections, errors = parse(SOURCE)
for name, values in sections.items():
    print(f"[{name or 'global'}]")
    for key, value in values.items():
        print(f"  {key} = {value!r}")
for e in errors:
    print("error:", e)

n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)

balance, year = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    year += 1
print(f"doubled after {year} years: {balance:.2f}")

queue = [("root", 0)]
while queue:
    node, depth = queue.pop(0)
    print("  " * depth + node)
    if depth < 2:
        queue[:0] = [(f"{node}.{k}", depth + 1) for k in "ab"]
