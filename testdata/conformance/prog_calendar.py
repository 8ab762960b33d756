# Printing month calendars by hand: leap years, day-of-week via Zeller, and date arithmetic.
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31

def weekday(year, month, day):
    """0 = Monday ... 6 = Sunday (Zeller's congruence, shifted)."""
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def month_lines(year, month):
    title = f"{MONTHS[month - 1]} {year}".center(20).rstrip()
    lines = [title, " ".join(DAYS)]
    first = weekday(year, month, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines

def side_by_side(blocks, gap=3):
    height = max(map(len, blocks))
    out = []
    for i in range(height):
        out.append((" " * gap).join((b[i] if i < len(b) else "").ljust(20) for b in blocks).rstrip())
    return "\n".join(out)

print(side_by_side([month_lines(2026, m) for m in (1, 2, 3)]))
print()
print(side_by_side([month_lines(2024, 2), month_lines(2000, 2), month_lines(1900, 2)]))

def day_of_year(year, month, day):
    return sum(days_in_month(year, m) for m in range(1, month)) + day

def add_days(year, month, day, n):
    while n > 0:
        left = days_in_month(year, month) - day
        if n <= left:
            return year, month, day + n
        n -= left + 1
        year, month, day = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
    return year, month, day

print([y for y in range(1896, 1913) if is_leap(y)], is_leap(2000), is_leap(2100))
print(day_of_year(2026, 12, 31), day_of_year(2024, 12, 31), DAYS[weekday(1969, 7, 20)], DAYS[weekday(2000, 1, 1)])
print(add_days(2026, 11, 21, 0), add_days(2026, 11, 21, 45), add_days(2024, 2, 28, 1), add_days(2026, 1, 1, 365))
fridays = [(m, 13) for m in range(1, 13) if weekday(2026, m, 13) == 4]
print("Friday the 13th in 2026:", [MONTHS[m - 1] for m, _ in fridays])
