# __class_getitem__ for typed containers, and builtin generic aliases.
class TypedList:
    item_type = object

    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return type(f"{cls.__name__}[{name}]", (cls,), {"item_type": item})

    def __init__(self, *items):
        self.items = []
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.item_type):
            raise TypeError(f"{type(self).__name__} cannot hold {type(item).__name__}")
        self.items.append(item)

    def __repr__(self):
        return f"{type(self).__name__}({self.items})"

IntList = TypedList[int]
nums = IntList(1, 2, 3)
nums.append(True)
print(nums, IntList.__name__, IntList.__mro__[1].__name__)
try:
    nums.append("four")
except TypeError as exc:
    print("TypeError:", exc)
print(TypedList[str]("a", "b"), TypedList("anything", 1))

print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias(), alias("ab"), alias.__origin__, alias.__args__)

class Registry:
    entries = {}

    def __class_getitem__(cls, key):
        return cls.entries.setdefault(key, [])

Registry["a"].append(1)
Registry["a"].append(2)
Registry["b"].append(3)
print(Registry.entries)

try:
    Registry()["a"]
except TypeError as exc:
    print("TypeError:", exc)

class Plain:
    pass

try:
    Plain[int]
except TypeError as exc:
    print("TypeError:", exc)
try:
    int[str]
except TypeError as exc:
    print("TypeError:", exc)
