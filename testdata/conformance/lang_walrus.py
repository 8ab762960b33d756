# The walrus operator in while loops, comprehensions, conditions and calls.
data = [5, 3, 8, 1, 9, 2, 7]
stream = iter(data)
running = 0
while (item := next(stream, None)) is not None:
    running += item
    if running > 20:
        print("threshold passed at", item, "running", running)
        break

def expensive(x):
    return x * x - 10

results = [y for x in range(8) if (y := expensive(x)) > 0]
print(results, "last y leaked to module:", y)

# walrus in a comprehension binds in the enclosing function scope
def max_prefix(values):
    best = 0
    prefix = [best := max(best, v) for v in values]
    return prefix, best

print(max_prefix([3, 1, 4, 1, 5, 9, 2, 6]))

lines = ["key=value", "# comment", "name = jit lens ", "", "broken line", "x=1=2"]
parsed = {}
for line in lines:
    if not (stripped := line.strip()) or stripped.startswith("#"):
        continue
    if (eq := stripped.find("=")) < 0:
        print("skip:", repr(stripped))
        continue
    parsed[stripped[:eq].strip()] = stripped[eq + 1:].strip()
print(parsed)

if (n := len(parsed)) > 2:
    print(f"{n} keys parsed")

print([(total := 0)] + [total := total + k for k in range(1, 6)])
print(total)

def chunks(seq, size):
    it = iter(seq)
    out = []
    while chunk := [c for _, c in zip(range(size), it)]:
        out.append(chunk)
    return out

print(chunks("abcdefgh", 3))
print(f"{(w := 10) * 2} {w}")
