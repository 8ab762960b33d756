import bisect
from dataclasses import dataclass, field
from functools import cmp_to_key, total_ordering


@total_ordering
@dataclass(eq=False)
class Book:
    title: str
    author: str
    year: int
    pages: int
    tags: list = field(default_factory=list)

    def __eq__(self, other):
        return (self.title, self.year) == (other.title, other.year)

    def __lt__(self, other):
        return (self.title, self.year) < (other.title, other.year)


class Shelf:
    def __init__(self):
        self._books = []
        self.count = 0

    def add(self, book):
        bisect.insort(self._books, book)
        self.count += 1

    def __iter__(self):
        return iter(self._books)

    def find(self, title):
        i = bisect.bisect_left([b.title for b in self._books], title)
        return self._books[i]

    def between(self, lo, hi):
        years = sorted(b.year for b in self._books)
        return years[bisect.bisect_left(years, lo):bisect.bisect_right(years, hi)]

    def sorted_by_author_then_newest(self):
        def cmp(a, b):
            if a.author != b.author:
                return -1 if a.author < b.author else 1
            return b.year - a.year
        return sorted(self._books, key=cmp_to_key(cmp))
