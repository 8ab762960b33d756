# Generators for batching, grouping consecutive runs, merging sorted streams, and dedup.
def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

def runs(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        first = next(it)
    except StopIteration:
        return
    current_key, group = key(first), [first]
    for item in it:
        k = key(item)
        if k == current_key:
            group.append(item)
        else:
            yield current_key, group
            current_key, group = k, [item]
    yield current_key, group

def merge_sorted(*streams):
    heads = []
    for index, stream in enumerate(map(iter, streams)):
        for value in stream:
            heads.append([value, index, stream])
            break
    while heads:
        heads.sort(key=lambda h: (h[0], h[1]))
        value, index, stream = heads[0]
        yield value
        for nxt in stream:
            heads[0][0] = nxt
            break
        else:
            heads.pop(0)

def unique(iterable, key=None):
    seen = set()
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.add(k)
            yield item

print(list(batched(range(10), 4)), list(batched("", 3)), list(batched("abc", 5)))
print([(k, len(g)) for k, g in runs("aaabccddddae")])
print([(k, g) for k, g in runs([1, 3, 5, 2, 4, 7, 9, 8], key=lambda n: n % 2)])
print(list(runs([])))
print(list(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 4])))
print(list(merge_sorted("adg", "beh", "cf")))
print(list(unique([3, 1, 3, 2, 1, 4])), list(unique(["Ab", "aB", "c", "C"], key=str.lower)))

def compress(text):
    return "".join(f"{k}{len(g)}" if len(g) > 1 else k for k, g in runs(text))

def expand(code):
    out, i = [], 0
    while i < len(code):
        ch, i = code[i], i + 1
        digits = ""
        while i < len(code) and code[i].isdigit():
            digits, i = digits + code[i], i + 1
        out.append(ch * int(digits or 1))
    return "".join(out)

for text in ["aaabccddddae", "abc", "zzzzzzzzzzzz"]:
    packed = compress(text)
    print(f"{text!r} -> {packed!r} -> {expand(packed) == text}")
pages = batched((f"item{i}" for i in range(1, 8)), 3)
for number, page in enumerate(pages, start=1):
    print(f"page {number}: {', '.join(page)}")
