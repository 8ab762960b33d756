# sys.exit with a string prints it to stderr and exits with status 1.
import sys

def parse_matrix(lines):
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = [int(tok) for tok in line.split()]
        except ValueError as exc:
            sys.exit(f"line {number}: {exc}")
        if rows and len(row) != len(rows[0]):
            sys.exit(f"line {number}: expected {len(rows[0])} columns, got {len(row)}")
        rows.append(row)
    return rows

def determinant(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * determinant([r[:c] + r[c + 1:] for r in m[1:]]) for c in range(len(m)))

text = sys.stdin.read()
blocks = text.split("---")
for index, block in enumerate(blocks, start=1):
    matrix = parse_matrix(block.splitlines())
    print(f"matrix {index}: {matrix}")
    print(f"  determinant = {determinant(matrix)}")
    sys.stdout.flush()
print("unreachable: the last block is malformed")
