import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

LINE = re.compile(r"(\d{4}-\d\d-\d\d) (\d\d:\d\d)-(\d\d:\d\d) (\w+)\s+(.*)")


@dataclass(frozen=True)
class Session:
    start: datetime
    end: datetime
    project: str
    note: str

    @property
    def duration(self):
        return self.end - self.start

    @property
    def day(self):
        return self.start.date()


def parse_sessions(text):
    out = []
    for line in text.strip().splitlines():
        m = LINE.fullmatch(line.strip())
        day = date.fromisoformat(m[1])
        start = datetime.strptime(f"{m[1]} {m[2]}", "%Y-%m-%d %H:%M")
        end = datetime.combine(day, datetime.strptime(m[3], "%H:%M").time())
        if end <= start:
            end += timedelta(days=1)  # past midnight
        out.append(Session(start, end, m[4], m[5]))
    return out
