# Huffman codes: a frequency table, a tree built with a hand-written heap, encode and decode.
class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight

class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight

class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, key, value):
        self.items.append((key, value))
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2][0] > self.items[i][0]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(self.items) and self.items[l][0] < self.items[m][0]:
                    m = l
                if r < len(self.items) and self.items[r][0] < self.items[m][0]:
                    m = r
                if m == i:
                    break
                self.items[i], self.items[m] = self.items[m], self.items[i]
                i = m
        return top

    def __len__(self):
        return len(self.items)

def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = MinHeap()
    for order, (ch, n) in enumerate(sorted(freq.items())):
        heap.push((n, order), Leaf(ch, n))
    order = len(freq)
    while len(heap) > 1:
        (_, _), a = heap.pop()
        (_, _), b = heap.pop()
        heap.push((a.weight + b.weight, order), Branch(a, b))
        order += 1
    return heap.pop()[1], freq

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def decode(bits, tree):
    out, node = [], tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)

for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build_tree(text)
    table = codes(tree)
    bits = "".join(table[ch] for ch in text)
    ok = decode(bits, tree) == text if len(freq) > 1 else True
    print(f"{text!r}: {len(bits)} bits vs {8 * len(text)}, roundtrip={ok}")
    for ch in sorted(table, key=lambda c: (len(table[c]), c))[:6]:
        print(f"   {ch!r} x{freq[ch]} -> {table[ch]}")
