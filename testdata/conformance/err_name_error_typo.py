# A misspelled variable in a helper: NameError with a suggestion.

def word_frequencies(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts, n):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:n]


text = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness."""
freqs = word_frequencies(text)
for word, count in top_words(freqs, 5):
    print(f"{word:<12}{count}")


def summary(counts):
    total_words = sum(counts.values())
    distinct = len(counts)
    return f"{total_word} words, {distinct} distinct"


print(len(freqs), "distinct words")
print(summary(freqs))
