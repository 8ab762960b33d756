from .jobs import Job, Priority
from .engine import Scheduler
