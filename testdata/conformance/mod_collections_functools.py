from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
from collections.abc import Iterable, Mapping, Sequence, Hashable
import functools, operator, heapq, bisect
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d), d[1], list(reversed(d)))
d.rotate(2); print(d, deque(), deque('ab'))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), defaultdict(int))
c = Counter("abracadabra"); print(c, c.most_common(2), c['z'], c + Counter('aab'), c - Counter('aaaaaaa'), Counter())
print(sorted(c.elements())[:5], c.total(), Counter(a=3) & Counter(a=1, b=2), Counter(a=1) | Counter(b=2))
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p.x, p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, p == (1, 2))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0]); print(Q(1, 2), Q._field_defaults)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, od.popitem(last=False), od, OrderedDict())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(5, Iterable), isinstance(dd, Mapping), isinstance('x', Hashable))
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(max, 1, key=abs), operator.itemgetter(1, 2), operator.attrgetter('x'), operator.methodcaller('f', 1, k=2))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]), list(heapq.merge([1, 4], [2, 3])))
print(bisect.bisect([1, 2, 4], 3), bisect.bisect_left([1, 2, 2], 2)); l = [1, 3]; bisect.insort(l, 2); print(l)
@functools.singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
print(show(1), show('a'), show(True))
class A:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
a = A(); print(a.val, a.val)
