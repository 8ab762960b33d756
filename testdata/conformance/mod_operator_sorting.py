# operator: itemgetter/attrgetter/methodcaller as sort keys, functional forms of operators.
import operator as op
from functools import reduce

rows = [("carol", 31, "ops"), ("alice", 25, "dev"), ("bob", 25, "ops"), ("dave", 40, "dev")]
print(sorted(rows, key=op.itemgetter(1, 0)))
print(sorted(rows, key=op.itemgetter(2)), list(map(op.itemgetter(0), rows)))
class Emp:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
        self.boss = None
    def title(self, prefix="Dr."):
        return f"{prefix} {self.name}"
es = [Emp("zed", "a"), Emp("amy", "b")]
es[0].boss = es[1]
print([e.name for e in sorted(es, key=op.attrgetter("name"))], op.attrgetter("boss.name")(es[0]), op.attrgetter("name", "dept")(es[1]))
print(list(map(op.methodcaller("title"), es)), op.methodcaller("title", prefix="Ms.")(es[1]))
print(op.itemgetter(1), op.itemgetter("a", "b"), op.attrgetter("x.y"), op.methodcaller("f", 1, key="v"))
print(reduce(op.mul, range(1, 11)), reduce(op.add, ["a", "b", "c"]), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 2), op.gt(1, 2), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 2), op.concat([1], [2]), op.index(7), op.length_hint([1, 2, 3]))
d = {"k": 1}
op.setitem(d, "j", 2); op.delitem(d, "k"); print(d, op.getitem(d, "j"), op.iadd([1], [2]), op.imul("ab", 2))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    op.index(2.5)
except TypeError as e:
    print("TypeError:", e)
