# A trie for autocompletion with counts, prefix search, deletion and a generator walk.
class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.count += 1

    def _node(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._node(word)
        return node is not None and node.terminal

    def __len__(self):
        return self.size

    def walk(self, node=None, prefix=""):
        node = node or self.root
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self.walk(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=3):
        node = self._node(prefix)
        if node is None:
            return []
        found = list(self.walk(node, prefix))
        found.sort(key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:limit]]

    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].terminal:
            raise KeyError(word)
        path[-1].terminal, path[-1].count = False, 0
        self.size -= 1
        for ch, node in zip(reversed(word), reversed(path[1:])):
            parent = path[path.index(node) - 1]
            if node.children or node.terminal:
                break
            del parent.children[ch]

corpus = ("the then there these them they their theory theatre to too tool tools toolbox "
          "the the then there tool tool tool tea team teach teacher tear").split()
trie = Trie(corpus)
print(len(trie), "distinct words from", len(corpus))
for prefix in ["th", "the", "to", "tea", "x", ""]:
    print(f"{prefix!r:>6} -> {trie.complete(prefix)}")
print("tool" in trie, "too" in trie, "toolb" in trie)
trie.delete("toolbox")
trie.delete("tea")
print(len(trie), trie.complete("too", 10), trie.complete("te", 10))
try:
    trie.delete("theorem")
except KeyError as exc:
    print("KeyError:", exc)
print([w for w, c in trie.walk() if c > 1])
