# The mutable default argument trap and the None-sentinel fix.
def add_item_buggy(item, bucket=[]):
    bucket.append(item)
    return bucket

def add_item_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_item_buggy("a"), add_item_buggy("b"), add_item_buggy("c", []), add_item_buggy("d"))
print("shared default now:", add_item_buggy.__defaults__)
print(add_item_fixed("a"), add_item_fixed("b"), add_item_fixed.__defaults__)

def memo_fib(n, _cache={0: 0, 1: 1}):
    # the trap used deliberately: the default dict persists across calls
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]

print(memo_fib(50), len(memo_fib.__defaults__[0]))

counter_default = 10

def uses_default(x=counter_default):
    return x

counter_default = 99
print("default evaluated at definition:", uses_default())

MISSING = object()

def lookup(mapping, key, default=MISSING):
    if key in mapping:
        return mapping[key]
    if default is MISSING:
        raise KeyError(key)
    return default

print(lookup({"a": 1}, "a"), lookup({}, "b", None), lookup({}, "c", 0))
try:
    lookup({}, "d")
except KeyError as exc:
    print("KeyError:", exc)

class Team:
    def __init__(self, name, members=[]):
        self.name = name
        self.members = members

    def join(self, person):
        self.members.append(person)

red, blue = Team("red"), Team("blue")
red.join("ann")
blue.join("bob")
print(red.members, blue.members, red.members is blue.members)

def make_counters(n, start=[0]):
    start[0] += n
    return start[0]

print([make_counters(i) for i in range(5)])
def rebinding(x=[]):
    x = x + [1]   # rebinding, not mutation: default untouched
    return x
print(rebinding(), rebinding(), rebinding.__defaults__)
