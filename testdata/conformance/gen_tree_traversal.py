# A binary search tree whose traversals are generators (recursive yield from and explicit stack).
class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is not None:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            stack.extend(child for child in (node.right, node.left) if child)

    def levels(self):
        level = [self.root] if self.root else []
        depth = 0
        while level:
            yield depth, [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
            depth += 1

    def range(self, low, high):
        for key in self.inorder():
            if key > high:
                return
            if key >= low:
                yield key

    def __iter__(self):
        return self.inorder()

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return any(k == key for k in self.range(key, key))

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k, str(k))
print(len(tree), list(tree))
print(list(tree.preorder()))
for depth, keys in tree.levels():
    print(f"  depth {depth}: {keys}")
print(list(tree.range(33, 62)), 45 in tree, 46 in tree)
it = iter(tree)
print(next(it), next(it), sum(it))
pairs = zip(tree.inorder(), tree.preorder())
print([a - b for a, b in pairs])
empty = BST()
print(list(empty), list(empty.levels()), list(empty.preorder()))
