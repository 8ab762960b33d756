# sorted and reversed on many iterables; a league table with tie-breaks.

teams = [("Lions", 3, 1, 1), ("Tigers", 3, 0, 2), ("Bears", 2, 3, 0),
         ("Wolves", 3, 1, 1), ("Eagles", 0, 1, 4)]

def points(team):
    _, wins, draws, _ = team
    return wins * 3 + draws

table = sorted(teams, key=lambda t: (-points(t), t[3], t[0]))
for pos, team in enumerate(table, 1):
    name, w, d, l = team
    print(f"{pos}. {name:<8} W{w} D{d} L{l} {points(team):>3} pts")
print([t[0] for t in sorted(teams, key=points)])
print([t[0] for t in sorted(teams, key=points, reverse=True)])
print(sorted("Hello World"), sorted({3: "c", 1: "a", 2: "b"}), sorted((3, 1, 2), reverse=True))
print(sorted({5, 1, 3}), sorted(range(5, 0, -1)), sorted([0.5, -1, 2, -0.0, 0]), sorted([]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[0]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed([])))

class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

print(list(reversed(Playlist(["one", "two", "three"]))), sorted(Playlist(["b", "a"])))

class Backwards:
    def __reversed__(self):
        return iter("custom")

print(list(reversed(Backwards())))
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: sorted(5),
            lambda: sorted([1, None]), lambda: sorted([1], key=1), lambda: sorted(x=[1])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
