"""Timesheet reporting: work sessions parsed from text, grouped by ISO week
and by project, overtime computed per day, month boundaries and business
days counted with date arithmetic, and a calendar-like strip per week."""
from datetime import date, datetime, time, timedelta

from timesheet.parse import parse_sessions
from timesheet.report import weekly, by_project, overtime, strip
from timesheet.calendar_util import business_days, month_end, add_months

LOG = """
2024-02-26 08:55-12:10 apollo  design review
2024-02-26 13:00-17:45 apollo  implementation
2024-02-27 09:10-11:00 hermes  support
2024-02-27 11:15-19:20 apollo  implementation
2024-02-29 10:00-12:00 hermes  leap day meeting
2024-03-01 22:30-01:15 apollo  night deploy
2024-03-04 09:00-17:00 zeus    planning
2024-03-05 09:00-10:30 hermes  support
2024-03-08 08:00-18:30 zeus    workshop
"""

sessions = parse_sessions(LOG)
print(f"{len(sessions)} sessions, total {sum((s.duration for s in sessions), timedelta())}")
for (year, week), total, days in weekly(sessions):
    print(f"week {year}-W{week:02d}: {total} over {days} day(s)")
for project, hours in by_project(sessions):
    print(f"  {project:<7} {hours:6.2f} h")
print("overtime:", {d.isoformat(): str(t) for d, t in overtime(sessions, limit=timedelta(hours=8)).items()})
for line in strip(sessions, date(2024, 2, 26)):
    print(line)

print(business_days(date(2024, 2, 26), date(2024, 3, 8)), month_end(date(2024, 2, 10)), month_end(date(2023, 12, 31)))
print([add_months(date(2024, 1, 31), n).isoformat() for n in range(5)])
start = datetime.combine(date(2024, 3, 1), time(22, 30))
print(start.strftime("%A %d %B %Y, %I:%M %p"), start.isocalendar(), start.timetuple().tm_yday, start.weekday())
delta = datetime(2024, 12, 25) - start
print(delta, delta.days, delta.total_seconds(), delta // timedelta(weeks=1), delta % timedelta(days=7))
print(date(2024, 3, 1) - timedelta(days=1), date.fromordinal(date(2024, 1, 1).toordinal() + 59), date(2024, 1, 1) < date(2024, 1, 2))
