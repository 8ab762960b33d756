# Error messages name a type CPython implements in C by its dotted tp_name
# (types.SimpleNamespace, itertools.count), a class written in Python (a
# user's subclass of either) by its plain name.
import types, collections, itertools, functools, operator, io, re, datetime


def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


class MyDeque(collections.deque):
    pass


class Rows(list):
    pass


class Table(dict):
    pass


samples = [
    ("namespace", types.SimpleNamespace(a=1)),
    ("deque", collections.deque([1])),
    ("ordered", collections.OrderedDict(a=1)),
    ("default", collections.defaultdict(list)),
    ("counter", collections.Counter("ab")),
    ("count", itertools.count()),
    ("repeat", itertools.repeat(1, 2)),
    ("chain", itertools.chain([1])),
    ("partial", functools.partial(print)),
    ("itemgetter", operator.itemgetter(0)),
    ("stringio", io.StringIO()),
    ("pattern", re.compile("a")),
    ("date", datetime.date(2020, 1, 2)),
    ("timedelta", datetime.timedelta(1)),
    ("alias", list[int]),
    ("union", int | str),
    ("mydeque", MyDeque()),
    ("rows", Rows()),
    ("table", Table()),
]
for name, o in samples:
    attempt(name + " hash", lambda: hash(o))
    attempt(name + " len", lambda: len(o))
    attempt(name + " add", lambda: o + 1)
    attempt(name + " neg", lambda: -o)
    attempt(name + " abs", lambda: abs(o))
    if name not in ("itemgetter", "partial", "union"):
        attempt(name + " call", lambda: o())
    if name != "alias":  # an alias forwards attributes to its origin
        attempt(name + " attr", lambda: o.no_such_attribute)
    attempt(name + " lt", lambda: o < 1)

attempt("namespace item", lambda: types.SimpleNamespace()[0])
attempt("namespace iter", lambda: iter(types.SimpleNamespace()))
attempt("count item", lambda: itertools.count()[0])
attempt("pattern iter", lambda: iter(re.compile("a")))
attempt("class attr", lambda: itertools.count.no_such_attribute)
attempt("namespace class attr", lambda: types.SimpleNamespace.no_such_attribute)

# two namespaces compare as their dicts do
a, b = types.SimpleNamespace(x=1), types.SimpleNamespace(x=1)
print(a == b, a != b, a == types.SimpleNamespace(x=2))
attempt("namespace lt", lambda: a < b)
attempt("namespace ge", lambda: a >= b)
attempt("namespace lt int", lambda: a < 1)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__, itertools.count.__name__, collections.deque.__qualname__)


def enter(o):
    with o:
        pass


attempt("namespace with", lambda: enter(types.SimpleNamespace()))
attempt("count with", lambda: enter(itertools.count()))
