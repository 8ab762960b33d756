# A deep call chain through methods, a lambda and a comprehension ends in a traceback.
class Node:
    def __init__(self, name, children=(), weight=None):
        self.name, self.children, self.weight = name, list(children), weight

    def total(self):
        if not self.children:
            return self.leaf_weight()
        return sum([child.total() for child in self.children])

    def leaf_weight(self):
        scale = lambda w: 100 // w
        return scale(self.weight)

tree = Node("root", [
    Node("a", [Node("a1", weight=4), Node("a2", weight=5)]),
    Node("b", [Node("b1", weight=10)]),
])
print("total:", tree.total())
print("leaf names:", [n.name for n in tree.children[0].children], tree.children[1].children[0].leaf_weight())

def depth(node):
    return 1 + max((depth(c) for c in node.children), default=0)

print("depth:", depth(tree))

tree.children[1].children.append(Node("b2", [Node("b2x", weight=0)]))
print("total:", tree.total())
