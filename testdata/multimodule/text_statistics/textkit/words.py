import re

WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
STOPWORDS = frozenset("a an and the of to in it is was or by on as for her she had be with what so into".split())


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups)
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
