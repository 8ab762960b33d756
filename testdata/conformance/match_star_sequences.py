# Sequence patterns with star captures at every position, nested sequences and guards.
def classify(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [0, *rest]:
            return f"starts with zero, then {rest}"
        case [*init, 0]:
            return f"ends with zero after {init}"
        case [_, [*inner], _]:
            return f"list in the middle with {len(inner)} items"
        case [str() as a, str() as b, *more]:
            return f"strings {a}+{b} and {len(more)} more"
        case [*_, (k, v), _] :
            return f"second-to-last is a pair {k}={v}"
        case [a, b, *rest] if a < b:
            return f"ascending start {a}<{b}, rest {rest}"
        case _:
            return f"other of length {len(seq)}"

samples = [[], [7], [3, 3], [1, 2, 1], [0, 5, 6], [4, 5, 0], [9, [1, 2, 3], 8],
           ["a", "b", "c", "d"], [5, ("k", "v"), 2], [1, 2, 3, 4], [9, 1], (4, 4),
           range(3), "xyz", [[1], [2]]]
for s in samples:
    print(f"{s!r:<22} {classify(s)}")

def head_tail(items):
    match items:
        case [head, *tail]:
            return head, tail
    return None

print(head_tail([1, 2, 3]), head_tail((1,)), head_tail([]), head_tail(iter([1])))

def swap_pairs(items):
    match items:
        case [a, b, *rest]:
            return [b, a] + swap_pairs(rest)
        case rest:
            return list(rest)

print(swap_pairs(list(range(7))), swap_pairs("abcd"))
