from pipeline import run
from pipeline.stages import tokenize, count_words
text = """the quick brown fox jumps over the lazy dog the fox"""
print(run(text, [tokenize, count_words]))
