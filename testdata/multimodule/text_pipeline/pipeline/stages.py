from collections import Counter
from itertools import groupby


def tokenize(text):
    return text.split()


def count_words(words):
    c = Counter(words)
    by_len = {k: sorted(g) for k, g in groupby(sorted(set(words), key=len), key=len)}
    return c.most_common(3), by_len
