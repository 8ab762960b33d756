# Class vs instance attributes, shared mutable state, staticmethod and classmethod.
class Employee:
    company = "Acme"
    headcount = 0
    shared_tags = []          # the classic shared-mutable trap
    raise_rate = 1.03

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
        self.tags = []
        Employee.headcount += 1

    def apply_raise(self):
        self.salary = round(self.salary * self.raise_rate)

    @classmethod
    def from_string(cls, text):
        name, salary = text.split("-")
        return cls(name, int(salary))

    @classmethod
    def set_raise(cls, rate):
        cls.raise_rate = rate

    @staticmethod
    def is_workday(day):
        return day not in ("sat", "sun")

class Manager(Employee):
    raise_rate = 1.10

    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

a = Employee("ann", 50000)
b = Employee.from_string("bob-42000")
m = Manager.from_string("meg-90000")
print(type(m).__name__, Employee.headcount, m.headcount)

a.shared_tags.append("oops")
b.tags.append("own")
print(b.shared_tags, Employee.shared_tags, a.tags, b.tags)

a.company = "Personal"
print(a.company, b.company, Employee.company, "company" in vars(a))
del a.company
print(a.company)

for person in (a, b, m):
    person.apply_raise()
print([(p.name, p.salary) for p in (a, b, m)])

Employee.set_raise(1.5)
b.apply_raise()
m.apply_raise()
print(b.salary, m.salary, Manager.raise_rate, Employee.raise_rate)
Manager.set_raise(2)
print(Manager.raise_rate, Employee.raise_rate, "raise_rate" in Manager.__dict__)

print(Employee.is_workday("mon"), a.is_workday("sun"), Manager.is_workday("sat"))
print(type(Employee.__dict__["is_workday"]).__name__, type(Employee.__dict__["from_string"]).__name__)
sm = Employee.__dict__["is_workday"]
print(sm.__func__("tue"), callable(sm))
print(Employee.from_string.__self__ is Employee, Manager.from_string.__self__.__name__)
print(sorted(k for k in vars(Employee) if not k.startswith("__")))
print(sorted(vars(m)))

class Counter:
    count = 0

    def increment(self):
        self.count += 1  # creates an instance attribute shadowing the class one
        return self.count

c1, c2 = Counter(), Counter()
c1.increment(); c1.increment(); c2.increment()
print(c1.count, c2.count, Counter.count)
