# vars() and dir() on user classes; instance and class dictionaries.

class Account:
    bank = "First"
    rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @property
    def label(self):
        return f"{self.owner}@{self.bank}"

    @staticmethod
    def helper():
        return "static"

    @classmethod
    def named(cls, owner):
        return cls(owner, 100)

class Savings(Account):
    rate = 0.05

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.rate), 2)

acct = Savings.named("ivy")
acct.deposit(50)
acct.add_interest()
acct.nickname = "rainy day"
print(vars(acct))
print(acct.__dict__ is vars(acct), acct.label, acct.helper(), Account.helper())
public = [name for name in dir(acct) if not name.startswith("_")]
print(public)
print([name for name in dir(Savings) if not name.startswith("__")])
print(sorted(k for k in vars(Savings) if not k.startswith("__")), "__init__" in vars(Account))
print(sorted(k for k in vars(Account) if not k.startswith("__")))
print("__class__" in dir(acct), "__dict__" in dir(acct), dir(acct) == sorted(dir(acct)))
vars(acct)["balance"] = 1
print(acct.balance, vars(acct).get("rate"), Savings.__dict__["rate"], type(vars(Savings)).__name__)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir(5) if not n.startswith("_")], len([n for n in dir(5) if n.startswith("__")]) > 30)

class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1

print([n for n in dir(Slotted()) if not n.startswith("__")], hasattr(Slotted(), "y"))
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
