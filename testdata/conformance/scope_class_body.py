# Class bodies are scopes too: name resolution, class-private name mangling, nested classes.
counter = "module counter"

class Widget:
    counter = 0
    kinds = ("button", "slider")
    labels = [k.upper() for k in kinds]        # first iterable sees the class scope
    doubled = [counter for _ in range(2)]      # 'counter' here is the module one

    def __init__(self, kind):
        Widget.counter += 1
        self.__secret = f"{kind}-{Widget.counter}"   # stored as _Widget__secret
        self.kind = kind

    def reveal(self):
        return self.__secret

    class Meta:
        ordering = "kind"
        owner_counter = counter                # module-level: class scopes do not nest

    def meta_ordering(self):
        return self.Meta.ordering

w1, w2 = Widget("button"), Widget("slider")
print(Widget.labels, Widget.doubled, Widget.counter)
print(w1.reveal(), w2.reveal(), sorted(vars(w1)))
try:
    print(w1.__secret)
except AttributeError as exc:
    print("AttributeError:", exc)
print(w1._Widget__secret, Widget.Meta.owner_counter, w2.meta_ordering(), Widget.Meta.__qualname__)

class Base:
    def __init__(self):
        self.__token = "base"

    def base_token(self):
        return self.__token

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"  # a different attribute: _Child__token

    def child_token(self):
        return self.__token

c = Child()
print(c.base_token(), c.child_token(), sorted(vars(c)))

def make_class(prefix):
    size = len(prefix)

    class Dynamic:
        label = prefix * 2         # class body can read enclosing function locals
        width = size

        def describe(self):
            return f"{prefix}:{self.label}:{size}"

    return Dynamic

D = make_class("ab")
print(D.label, D.width, D().describe(), D.__qualname__)

x = "global"
class Shadow:
    x = "class"
    def method(self):
        return x
    y = x
print(Shadow().method(), Shadow.y)

class Order:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
print(Order.items, hasattr(Order, "i"))
