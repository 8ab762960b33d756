from functools import total_ordering


@total_ordering
class Event:
    def __init__(self, name, at, priority=5):
        self.name, self.at, self.priority = name, at, priority

    def __eq__(self, other):
        return (self.at, self.priority) == (other.at, other.priority)

    def __lt__(self, other):
        return (self.at, self.priority) < (other.at, other.priority)

    def __repr__(self):
        return f"Event({self.name!r}, at={self.at}, priority={self.priority})"
