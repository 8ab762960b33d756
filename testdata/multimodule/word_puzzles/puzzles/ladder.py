from collections import deque
from string import ascii_lowercase

from .words import WORDS

_SET = set(WORDS)


def ladder(start, goal):
    prev = {start: None}
    todo = deque([start])
    while todo:
        w = todo.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for c in ascii_lowercase:
                nxt = w[:i] + c + w[i + 1:]
                if nxt in _SET and nxt not in prev:
                    prev[nxt] = w
                    todo.append(nxt)
    return None
