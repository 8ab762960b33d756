"""Word puzzles over a small dictionary: anagram classes, words from a
letter rack (permutations), a seeded word-ladder search, a Boggle-style
grid generated with random.Random, and a crossword pattern matcher."""
import string

from puzzles.words import WORDS, by_length
from puzzles.anagrams import anagram_classes, rack_words
from puzzles.ladder import ladder
from puzzles.grid import make_grid, grid_words, show
from puzzles.pattern import match_pattern

print(len(WORDS), "words;", {n: len(ws) for n, ws in sorted(by_length().items())})
print("anagrams:", anagram_classes(min_size=3))
print("rack 'tsaer':", rack_words("tsaer", min_len=4))
print("ladder cold->warm:", ladder("cold", "warm"))
print("ladder star->moon:", ladder("star", "moon"))
grid = make_grid(4, seed=42)
print(show(grid))
print("found:", grid_words(grid, min_len=3)[:10])
print("pattern s?a?e:", match_pattern("s?a?e"), "pattern ??ar:", match_pattern("??ar"))
letters = string.ascii_lowercase
print(letters.index("q"), string.capwords("the quick  brown fox"), "pangram" if set(letters) <= set("".join(WORDS)) else "not a pangram")
