# print(file=...) into a report file, then reading it back and verifying columns.
import sys

PATH = "_tmp_io_print_to_file.txt"


def remove(path):
    # This batch imports only sys; CPython has os loaded at startup.
    sys.modules["os"].remove(path)


planets = [("Mercury", 0.387, 0.055), ("Venus", 0.723, 0.815), ("Earth", 1.0, 1.0),
           ("Mars", 1.524, 0.107), ("Jupiter", 5.203, 317.8), ("Saturn", 9.537, 95.2)]
try:
    with open(PATH, "w") as out:
        print("PLANET", "AU", "MASS", sep="\t", file=out)
        for name, au, mass in planets:
            print(name, au, mass, sep="\t", file=out)
        print(file=out)
        print("total mass", sum(m for _, _, m in planets), file=out, end=" (earths)\n")
        print(*[p[0][:3] for p in planets], sep=",", file=out, flush=True)
        print("file position", out.tell())
    with open(PATH) as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for line in f:
            if not line.strip():
                break
            name, au, mass = line.rstrip("\n").split("\t")
            rows.append((name, float(au), float(mass)))
        trailer = f.read()
    print(header)
    print(rows == planets, len(rows))
    print(repr(trailer))
    with open(PATH) as f:
        for line in f:
            print(line.expandtabs(10), end="")
    heavy = [name for name, _, mass in rows if mass > 1]
    print("heavier than Earth:", heavy)
    print("period (years):", {name: round(au ** 1.5, 2) for name, au, _ in rows})
    print("to stderr", file=sys.stderr)
    print("to None file", file=None)
finally:
    remove(PATH)
