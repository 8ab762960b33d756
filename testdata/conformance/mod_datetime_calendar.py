# datetime: dates, times, timedeltas, ISO formats, strftime/strptime, timezone.utc.
from datetime import date, datetime, time, timedelta, timezone
d = date(2024, 3, 15)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.strftime("%A %d %B %Y (%a %b) %j %U %W %y"))
print(d + timedelta(days=20), d - date(2023, 12, 25), d - timedelta(weeks=3), d.replace(day=1), date.fromisoformat("2020-02-29"), date.fromordinal(1))
print(d < date(2024, 3, 16), d == date(2024, 3, 15), {d: 1}[date(2024, 3, 15)], max(d, date(2000, 1, 1)), f"{d:%d/%m/%Y}", f"{d}")
td = timedelta(days=1, hours=1, minutes=2, seconds=3, microseconds=4)
print(td, repr(td), td.total_seconds(), -td, repr(-td), timedelta(0), repr(timedelta(0)), timedelta(hours=36), timedelta(milliseconds=1500), abs(-td))
print(td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1), timedelta(days=2) / timedelta(hours=12), timedelta(minutes=90) > timedelta(hours=1), repr(timedelta(seconds=-1)))
dt = datetime(2024, 3, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time(), repr(dt.time()))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %I:%M %p"), dt + timedelta(hours=12), dt - datetime(2024, 1, 1), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)))
print(datetime.fromisoformat("2024-03-15T13:45:30"), datetime.fromisoformat("2024-03-15 08:00:00.5"), datetime.fromisoformat("2024-03-15"), repr(datetime.fromisoformat("2024-03-15T10:00:00+02:00")))
print(datetime.strptime("2024-03-15 13:45", "%Y-%m-%d %H:%M"), datetime.strptime("15 Mar 2024", "%d %b %Y"), datetime.strptime("03/15/24 01:05 PM", "%m/%d/%y %I:%M %p"))
for bad in [("2024-13-01", "%Y-%m-%d"), ("2024-03-15 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["2024-3-5", "nonsense"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), timezone.utc, repr(timezone(timedelta(hours=-5))), u.astimezone(timezone(timedelta(hours=2))), u.timestamp(), datetime.fromtimestamp(0, timezone.utc))
t = time(9, 5)
print(t, repr(t), repr(time(9, 5, 7)), t.isoformat(), time.fromisoformat("10:11:12"), t < time(10), t.strftime("%H.%M"), datetime.combine(d, t))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 23)]))
print(type(datetime.now()).__name__, isinstance(dt, date), date.today() >= date(2024, 1, 1))
