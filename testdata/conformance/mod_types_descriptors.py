# types.MemberDescriptorType (a __slots__ member), GetSetDescriptorType
# (int.real) and MethodWrapperType (a slot wrapper bound to an object).
import types


class Point:
    __slots__ = ("x", "y")

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point()
p.x = 3
print(types.MemberDescriptorType, types.GetSetDescriptorType, types.MethodWrapperType)
print(isinstance(Point.x, types.MemberDescriptorType), type(Point.y) is types.MemberDescriptorType,
      isinstance(Point.norm, types.MemberDescriptorType), repr(Point.x))
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, -4)
print(p.y, p.norm())
Point.y.__delete__(p)


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("unset", lambda: p.y)
attempt("get unset", lambda: Point.y.__get__(p, Point))
attempt("delete unset", lambda: Point.y.__delete__(p))
attempt("foreign get", lambda: Point.x.__get__(3, int))
attempt("foreign set", lambda: Point.x.__set__("s", 1))

print(isinstance(int.real, types.GetSetDescriptorType), isinstance(float.imag, types.GetSetDescriptorType),
      isinstance(Point.norm, types.GetSetDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType), isinstance((1).__add__, types.MethodWrapperType),
      isinstance([].__len__, types.MethodWrapperType), isinstance(p.__eq__, types.MethodWrapperType))
print(isinstance([].append, types.MethodWrapperType), isinstance(p.norm, types.MethodWrapperType),
      isinstance(object.__str__, types.MethodWrapperType), isinstance(len, types.MethodWrapperType))
w = (6).__mul__
print(w(7), w.__name__, w.__qualname__, w.__self__, w.__objclass__, hasattr(w, "__module__"))
print(type(w).__name__, type([].__iter__).__name__, type("s".__eq__).__name__, type({}.get).__name__)
