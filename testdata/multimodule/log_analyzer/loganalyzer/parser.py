import re
from collections import namedtuple
from datetime import datetime

Record = namedtuple("Record", "when level source message")

LINE = re.compile(r"^(?P<when>\d{4}-\d\d-\d\dT[\d:]{8})\s+(?P<level>[A-Z]+)\s+(?P<source>\w+)\s+(?P<message>.*)$")


def parse_lines(lines, since=None):
    records, rejected = [], []
    for number, line in enumerate(lines, 1):
        m = LINE.match(line)
        if not m:
            rejected.append((number, "no match"))
            continue
        try:
            when = datetime.fromisoformat(m["when"])
        except ValueError as e:
            rejected.append((number, str(e)))
            continue
        if since is not None and when < since:
            continue
        records.append(Record(when, m.group("level"), m.group("source"), m.group("message").strip()))
    return records, rejected
