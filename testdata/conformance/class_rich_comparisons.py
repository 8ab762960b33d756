# Rich comparisons: a Version class sorted, compared and used with min/max.
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        while len(self.parts) < 3:
            self.parts += (0,)
        self.pre = pre

    def _key(self):
        # a pre-release sorts before the release itself
        return self.parts, (0, self.pre) if self.pre else (1, "")

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        result = self.__le__(other)
        return NotImplemented if result is NotImplemented else not result

    def __ge__(self, other):
        result = self.__lt__(other)
        return NotImplemented if result is NotImplemented else not result

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        text = ".".join(map(str, self.parts))
        return f"v{text}-{self.pre}" if self.pre else f"v{text}"

releases = [Version(t) for t in ["1.10", "1.2.3", "1.2", "2.0-rc1", "2.0", "1.2-beta", "2.0-alpha", "0.9.9"]]
print(sorted(releases))
print(sorted(releases, reverse=True)[:3])
print(min(releases), max(releases))
print(Version("1.2") == "1.2.0", "1.2.0" == Version("1.2"), Version("1.2") != "1.2.1")
print(Version("1.2") < "1.10", "1.10" > Version("1.2"), Version("2.0-rc1") <= Version("2.0"))
print(Version("3") >= Version("3.0.0"), Version("3") > Version("3"))
print(len({Version("1.0"), Version("1"), Version("1.0.0"), Version("1.0.1")}))

compatible = [v for v in releases if Version("1.2") <= v < Version("2.0")]
print(compatible)

try:
    Version("1.0") < 3
except TypeError as exc:
    print("TypeError:", exc)
print(Version("1.0") == 3, Version("1.0") != [1, 0])
try:
    sorted([Version("1.0"), 2])
except TypeError as exc:
    print("TypeError:", exc)

class Reversed:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"R{self.v}"

print(sorted([Reversed(1), Reversed(5), Reversed(3)]))
print(max(Reversed(1), Reversed(5)))
