# collections: counting words, grouping records, bounded history, ordered caches, layered config.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

text = "the cat and the hat and the bat sat on the mat"
words = Counter(text.split())
print(words.most_common(3), words["the"], words["dog"], len(words))
print(words, Counter("mississippi"))
inv = Counter(apples=3, pears=0, kiwis=-2)
print(+inv, -inv, inv + Counter(apples=1, kiwis=5), inv - Counter(apples=5), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=1) | Counter(a=4, c=1))
inv.update({"pears": 4}); inv.subtract(apples=1); print(inv, sorted(inv.elements()), inv.total())
c2 = Counter("aab"); c2 += Counter("bcc"); print(c2, c2 == Counter(a=2, b=2, c=2), Counter())

by_len = defaultdict(list)
for w in text.split():
    by_len[len(w)].append(w)
print(by_len, by_len.default_factory)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, dict(counts), defaultdict(lambda: "?", {"x": 1})["y"] if False else "skip")

history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, list(history), history.maxlen)
dq = deque([1, 2, 3])
dq.appendleft(0); dq.extend([4, 5]); dq.extendleft([-2, -1]); dq.rotate(-2)
print(dq, dq.popleft(), dq.pop(), dq, len(dq), 3 in dq, dq.index(3), dq.count(2))
dq.reverse(); dq.remove(3); print(dq, dq[0], dq[-1], deque("abc") + deque("de"), deque(range(3)) * 2)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue", defaults=[0])
p = Point(3, y=4)
print(p, p._asdict(), p._replace(y=0), Point._make((5, 6)), Point._fields, p.x + p.y, p == (3, 4), tuple(p))
x, y = p
print(x, y, Color(255, 128), Color._field_defaults, isinstance(p, tuple), len(p), p[1])
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)

cache = OrderedDict()
for key in ["a", "b", "c", "a", "d"]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = key.upper()
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache, list(cache), cache.popitem(), OrderedDict.fromkeys("xy", 0))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
cfg = ChainMap(user, defaults)
print(cfg["theme"], cfg["lang"], len(cfg), sorted(cfg.items()), cfg)
child = cfg.new_child({"size": 14})
print(child["size"], child.parents["size"], child.maps[0])
