# itertools: every iterator with the arguments scripts use.
from itertools import *
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(islice(count(5, 2), 4)), repr(count(3)), repr(count(1.5, 0.5)), repr(repeat('x', 2)), list(repeat(7, 3)))
print(list(product('ab', repeat=2)), list(product([1, 2], 'xy')), len(list(product(range(3), repeat=3))))
print(list(permutations(range(3), 2)), list(permutations('abc')))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations_with_replacement('ab', 2)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print(list(chain('ab', [1, 2])), list(chain.from_iterable([[1], [2, 3], []])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest([1], [])))
print(list(pairwise('abcd')), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(8))))
a, b = tee(range(4))
print(list(a), list(b), list(islice(cycle('ab'), 5)), list(islice('abcdefg', 2, None, 2)), list(islice(range(100), 3)))
running = 0
for i, total in zip(count(1), accumulate(range(1, 6))):
    running += i
print(running, total)
