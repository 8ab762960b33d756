# Printing month calendars with a hand-written day-of-week and leap-year logic.

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(year, month, day):
    # Monday = 0, using Zeller's congruence shifted to start on Monday.
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_lines(year, month):
    lines = [f"{MONTHS[month - 1]} {year}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(year, month, 1)
    cells += [f"{d:2d}" for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


for year, month in [(2024, 2), (2023, 10), (2000, 1)]:
    print("\n".join(month_lines(year, month)))
    print()

left, right = month_lines(1999, 12), month_lines(2000, 1)
while len(left) < len(right):
    left.append("")
while len(right) < len(left):
    right.append("")
for a, b in zip(left, right):
    print(f"{a:<22}{b}")

names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for y, m, d in [(1969, 7, 20), (2000, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(f"{y:04d}-{m:02d}-{d:02d} was a {names[weekday(y, m, d)]}")
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
fri13 = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13th:", fri13)
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
