from collections import Counter, deque

from .states import State
from .transitions import TABLE


def state_counts(orders):
    return dict(sorted(Counter(o.state.name for o in orders).items()))


def describe(state):
    ways_in = sorted(e.value for (s, e), (t, _) in TABLE.items() if t is state)
    ways_out = sorted(e.value for (s, e) in TABLE if s is state)
    return f"{state.name}: in={ways_in} out={ways_out}"


def reachable(start):
    seen, todo = {start}, deque([start])
    while todo:
        s = todo.popleft()
        for (src, _), (dst, _) in TABLE.items():
            if src is s and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


def terminal_states():
    sources = {s for s, _ in TABLE}
    return [s for s in State if s not in sources]
