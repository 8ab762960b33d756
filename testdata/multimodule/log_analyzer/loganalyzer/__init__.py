"""Log analysis tools."""
__version__ = "1.4.2"

SAMPLE_LOG = """\
2024-03-01T09:58:12 INFO  web    GET /index.html 200 12ms
2024-03-01T10:00:01 INFO  web    GET /api/users 200 48ms
2024-03-01T10:00:07 WARNING db   slow query users_by_email 812ms
2024-03-01T10:01:15 ERROR web    POST /api/orders 500 230ms
this line is garbage
2024-03-01T10:02:00 INFO  auth   login alice
2024-03-01T10:02:30 WARNING web  GET /api/orders 429 3ms
2024-03-01T10:03:45 ERROR db     deadlock detected on orders
2024-03-01T10:04:10 CRITICAL db  replica lag 95s
2024-03-01T10:05:00 INFO  auth   login bob
2024-03-01T10:05:02 WARNING auth failed login mallory
2024-03-01T10:05:03 WARNING auth failed login mallory
2024-13-01T10:05:04 INFO  web    bad date
2024-03-01T10:06:59 ERROR web    POST /api/orders 500 199ms
"""
