# Memoised recursive solvers: edit distance with alignment, knapsack, coin change, LIS.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def edit_distance(a, b):
    @memoize
    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

    ops, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            ops.append(a[i]); i += 1; j += 1
        elif j < len(b) and (i == len(a) or d(i, j) == 1 + d(i, j + 1)):
            ops.append(f"+{b[j]}"); j += 1
        elif i < len(a) and (j == len(b) or d(i, j) == 1 + d(i + 1, j)):
            ops.append(f"-{a[i]}"); i += 1
        else:
            ops.append(f"{a[i]}>{b[j]}"); i += 1; j += 1
    return d(0, 0), " ".join(ops), len(d.cache)

for pair in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print(pair, edit_distance(*pair))

ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]

@memoize
def knapsack(i, capacity):
    if i == len(ITEMS):
        return 0, ()
    name, weight, value = ITEMS[i]
    best = knapsack(i + 1, capacity)
    if weight <= capacity:
        v, chosen = knapsack(i + 1, capacity - weight)
        if v + value > best[0]:
            best = (v + value, (name,) + chosen)
    return best

value, chosen = knapsack(0, 400)
print("knapsack:", value, chosen, "weight", sum(w for n, w, _ in ITEMS if n in chosen))

@memoize
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])

print("coin change ways for 100:", ways(100, (50, 25, 10, 5, 1)), "cache", len(ways.cache))

def longest_increasing(seq):
    @memoize
    def best_from(i):
        tails = [best_from(j) for j in range(i + 1, len(seq)) if seq[j] > seq[i]]
        return (seq[i],) + max(tails, key=len, default=())
    return max((best_from(i) for i in range(len(seq))), key=len, default=())

print("LIS:", longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))

@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 3000), key=collatz_len)
print("longest collatz under 3000:", best, collatz_len(best))
