# Parse a web server log with named groups, count status codes and rewrite lines.
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512
10.0.0.5 - alice [10/Oct/2023:13:56:02 +0000] "GET /dashboard HTTP/1.1" 200 10452
192.168.1.20 - - [10/Oct/2023:13:57:12 +0000] "GET /missing.png HTTP/1.1" 404 0
bad line without a request
10.0.0.7 - bob [10/Oct/2023:14:01:44 +0000] "DELETE /api/item/42 HTTP/1.1" 500 87
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) '
    r'\[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+)$'
)

print(LINE.groups, sorted(LINE.groupindex.items(), key=lambda kv: kv[1])[:3])
by_status = {}
total = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if m is None:
        print("skip:", repr(line))
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    total += int(d["size"])
    print(m.group("ip", "method"), m["path"], m.span("status"), m.lastgroup)

print(sorted(by_status.items()), total)

# findall with and without groups, finditer with positions
print(re.findall(r'"([A-Z]+) (\S+)', LOG)[:3])
print(re.findall(r'\b\d{3}\b(?= |\n)' if False else r' (\d{3}) ', LOG))
for m in re.finditer(r'/api/\w+(?:/\d+)?', LOG):
    print(m.start(), m.end(), m.group())

# anonymize the users and the IPs
anon = re.sub(r'\d+\.\d+\.\d+\.(\d+)', r'x.x.x.\1', LOG)
anon = re.sub(r' - (?!-)(\w+) ' if False else r' - ([a-z]+) ', lambda m: " - " + m.group(1)[0] + "*** ", anon)
print(anon)
m = LINE.search(LOG.splitlines()[1])
print(m)
print(m.expand(r'\g<user> did \g<method> on \g<path> (\g<status>)'))
