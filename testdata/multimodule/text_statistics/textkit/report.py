import statistics
from collections import Counter, namedtuple

from . import words as w
from .sentences import sentences

Report = namedtuple("Report", "word_count unique sentences mean_sentence median_sentence stdev_sentence grade top letters")


def analyze(text):
    tokens = w.words(text)
    sents = sentences(text)
    lengths = [len(w.words(s)) for s in sents] or [0]
    counts = Counter(t for t in tokens if t not in w.STOPWORDS)
    syll = sum(w.syllables(t) for t in tokens)
    n = max(len(tokens), 1)
    grade = 0.39 * (n / max(len(sents), 1)) + 11.8 * (syll / n) - 15.59
    return Report(
        word_count=len(tokens),
        unique=len(set(tokens)),
        sentences=len(sents),
        mean_sentence=statistics.mean(lengths),
        median_sentence=statistics.median(lengths),
        stdev_sentence=statistics.pstdev(lengths),
        grade=grade,
        top=sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4],
        letters=set("".join(tokens)),
    )


def compare(a, b):
    fields = ("word_count", "unique", "sentences", "grade")
    rows = [f"{f:<11}{getattr(a, f):>9.1f}{getattr(b, f):>9.1f}" for f in fields]
    return "\n".join(rows)
