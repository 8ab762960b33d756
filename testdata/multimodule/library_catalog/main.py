"""A library catalog: books kept sorted with bisect.insort, loans in an
OrderedDict used as an LRU, a ChainMap of branch settings, a deque of recent
searches, top lists from heapq, custom sort orders with cmp_to_key, and
copies of records with copy.copy / deepcopy."""
import copy
import heapq
from operator import attrgetter, methodcaller

from catalog.books import Book, Shelf
from catalog.loans import LoanDesk
from catalog.settings import branch_settings
from catalog.text import card, blurb

shelf = Shelf()
for title, author, year, pages in [("Dune", "Herbert", 1965, 412), ("Emma", "Austen", 1815, 474),
                                   ("Ubik", "Dick", 1969, 202), ("Beloved", "Morrison", 1987, 324),
                                   ("Ulysses", "Joyce", 1922, 730), ("Carrie", "King", 1974, 199),
                                   ("Solaris", "Lem", 1961, 204), ("Persuasion", "Austen", 1817, 249)]:
    shelf.add(Book(title, author, year, pages))
print([b.title for b in shelf], shelf.between(1900, 1970))
print("longest:", [b.title for b in heapq.nlargest(3, shelf, key=attrgetter("pages"))],
      "oldest:", [b.year for b in heapq.nsmallest(2, shelf, key=attrgetter("year"))])
merged = list(heapq.merge([1815, 1922, 1987], [1817, 1961], [1965, 1969, 1974]))
print(merged, list(map(methodcaller("upper"), ["a", "b"])))
print([b.title for b in shelf.sorted_by_author_then_newest()])

desk = LoanDesk(capacity=3)
for who, title in [("ann", "Dune"), ("bo", "Emma"), ("cy", "Ubik"), ("ann", "Dune"), ("di", "Solaris"), ("ed", "Carrie")]:
    print(f"{who} borrows {title}: {desk.lend(who, title)}")
print(desk.active(), list(desk.recent), desk.recent.maxlen)

settings = branch_settings("east", {"loan_days": 21})
print(settings["loan_days"], settings["fine_per_day"], settings["open"], len(settings), sorted(settings))
print(settings.maps[0], settings.parents["loan_days"], "wifi" in settings)

original = shelf.find("Dune")
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original.tags.append("classic")
print(shallow.tags, deep.tags, shallow == original, deep is original, copy.copy(shelf).count == shelf.count)
print(card(original))
print(blurb("   A desert planet, a spice, a family feud. Political intrigue meets ecology in a story about power. ", 34))
