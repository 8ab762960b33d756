# Writing past the end of a fixed-size seating chart: IndexError on assignment.

ROWS, SEATS = 4, 6
chart = [["."] * SEATS for _ in range(ROWS)]
bookings = [("ann", 0, 0), ("bob", 0, 1), ("cy", 2, 5), ("dee", 3, 3), ("eve", -1, -1)]
for name, row, seat in bookings:
    chart[row][seat] = name[0].upper()
    print(f"booked {name} at row {row} seat {seat}")
for r, row in enumerate(chart):
    print(r, " ".join(row))
free = sum(row.count(".") for row in chart)
print("free seats:", free, "of", ROWS * SEATS)
try:
    chart[0].pop(10)
except IndexError as e:
    print("caught:", e)
try:
    [].pop()
except IndexError as e:
    print("caught:", e)
try:
    ("x",)[3]
except IndexError as e:
    print("caught:", e)
try:
    "abc"[5]
except IndexError as e:
    print("caught:", e)
late = [("fay", 1, 2), ("gus", 4, 0)]
for name, row, seat in late:
    chart[row][seat] = name[0].upper()
    print(f"booked {name}")
