# collections.abc: mixin methods for user mappings and sequences, isinstance/issubclass on builtins.
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Sized, Hashable, Callable, Iterator, Set
class Reg(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Reg({"a": 1, "b": 2})
print(isinstance(r, Mapping), r.get("a"), r.get("z", 0), "a" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2})
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store(); s["x"] = 1; s.update(y=2); s.setdefault("z", 3); print(dict(s), s.pop("x"), len(s), s.popitem(), dict(s))
class Seq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
q = Seq(); print(list(q), 20 in q, q.index(30), q.count(10), list(reversed(q)))
print(isinstance([], Sequence), isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance({1}, Set), issubclass(list, Iterable), issubclass(int, Sized), isinstance([], Hashable))
class Gen:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Gen(), Iterator), issubclass(Gen, Iterable), isinstance(3, Callable))
