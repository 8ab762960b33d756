# print() with sep, end, file and flush; output interleaving of stdout and stderr.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print()
print(end="")
print("no newline", end="")
print(" ... continued")
print("x", sep=None, end=None)
print(*range(5))
print(*"spread", sep="-")
print(*[], sep="never shown")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("warning:", 42, sep="", file=sys.stderr, end="!\n")
print("multi\nline", "text", sep="\n")

def table(rows, widths):
    for row in rows:
        print(*(str(cell).ljust(w) for cell, w in zip(row, widths)), sep=" ", end=" |\n")

table([("id", "name", "qty"), (1, "bolt", 250), (22, "washer", 5)], (3, 8, 5))
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
out = sys.stdout
out.write("direct write\n")
n = sys.stdout.write("counted\n")
print(n)
sys.stderr.write("err direct\n")
print("a", "b", sep="\t")
print("%d items" % 3, f"{'done':>6}")

class Loud:
    def __str__(self):
        return "LOUD"

    def __repr__(self):
        return "Loud()"

print(Loud(), [Loud()], str(Loud()), repr(Loud()))
for bad in [dict(sep=1), dict(end=2), dict(file="x"), dict(color=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
