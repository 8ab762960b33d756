from collections import namedtuple
Job = namedtuple("Job", ["arrival", "start", "end"])
