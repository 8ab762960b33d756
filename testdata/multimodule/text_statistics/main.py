"""Text statistics for a small corpus: word frequencies, sentence lengths,
readability scores and keyword-in-context lines, from the textkit package."""
import string
from collections import Counter

from corpus import DOCUMENTS
from textkit import analyze, compare
from textkit.words import words, STOPWORDS
from textkit.kwic import kwic

reports = {name: analyze(text) for name, text in DOCUMENTS.items()}
for name, r in reports.items():
    print(f"[{name}] words={r.word_count} unique={r.unique} sentences={r.sentences} "
          f"mean_sentence={r.mean_sentence:.2f} median={r.median_sentence} "
          f"stdev={r.stdev_sentence:.3f} grade={r.grade:.1f}")
    print("   top:", ", ".join(f"{w}×{n}" for w, n in r.top))
    print("   letters:", "".join(sorted(r.letters))[:40])

print(compare(reports["alice"], reports["manual"]))
all_words = Counter()
for text in DOCUMENTS.values():
    all_words.update(w for w in words(text) if w not in STOPWORDS)
print(sorted(all_words.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(sum(all_words.values()), len(STOPWORDS), string.ascii_lowercase[-5:])
for line in kwic(DOCUMENTS["alice"], "her", width=22):
    print(line)
for line in kwic(DOCUMENTS["manual"], "tests", width=18):
    print(line)
