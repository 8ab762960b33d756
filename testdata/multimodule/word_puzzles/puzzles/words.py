from collections import defaultdict

WORDS = sorted(set("""
cold cord card ward warm word worm wore core care cart dart dare rate tear tare
stare aster rates tears earth heart hater least slate steal tales stale teals
star sear seas tsar arts rats moon moan loan lean mean meat seat slat slot soot
snake spade stake shame scare space spare share skate stone tones notes onset
ant tan nat eat tea ate sat ear era are art tar rat oat sea sue use
quiz jumbo fox vex yak whip glyph
""".split()))


def by_length():
    groups = defaultdict(list)
    for w in WORDS:
        groups[len(w)].append(w)
    return groups
