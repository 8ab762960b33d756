# Joining non-string items fails: TypeError from str.join with the item index.

header = ["id", "name", "score"]
rows = [
    ["1", "ana", "9.5"],
    ["2", "ben", "7.0"],
    [3, "cy", 8.25],
]

print(",".join(header))
for row in rows[:2]:
    print(",".join(row))

widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(3)]
print("widths", widths)
for row in [header] + rows:
    print(" | ".join(str(cell).ljust(w) for cell, w in zip(row, widths)))

text = "a-b-c"
print(text.split("-"), "-".join(reversed(text.split("-"))))
print("".join(map(str, rows[2])))
csv_lines = []
for row in rows:
    csv_lines.append(",".join(row))
print(csv_lines)
