# A binary search tree: insert, delete, traversals, height and a sideways printout.

class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key, self.left, self.right = key, None, None


def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    return node


def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        succ = node.right
        while succ.left:
            succ = succ.left
        node.key = succ.key
        node.right = delete(node.right, succ.key)
    return node


def inorder(node):
    return inorder(node.left) + [node.key] + inorder(node.right) if node else []


def preorder(node):
    return [node.key] + preorder(node.left) + preorder(node.right) if node else []


def height(node):
    return 1 + max(height(node.left), height(node.right)) if node else 0


def show(node, depth=0, lines=None):
    lines = [] if lines is None else lines
    if node:
        show(node.right, depth + 1, lines)
        lines.append("    " * depth + str(node.key))
        show(node.left, depth + 1, lines)
    return lines


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50]:
    root = insert(root, k)
print("inorder ", inorder(root))
print("preorder", preorder(root), "height", height(root))
print("\n".join(show(root)))
for k in (20, 30, 50, 99):
    root = delete(root, k)
    print(f"after delete {k}: {inorder(root)} root={root.key} height={height(root)}")
words = None
for w in "the quick brown fox jumps over the lazy dog".split():
    words = insert(words, w)
print(inorder(words), height(words))
skewed = None
for k in range(1, 30):
    skewed = insert(skewed, k)
print("skewed height", height(skewed), "balanced would be", (29).bit_length())
try:
    Node(1).extra = 5
except AttributeError as e:
    print(type(e).__name__, e)
