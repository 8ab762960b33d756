# A ledger of accounts with class-level registries, ordering, and an uncaught error in a method.
class InsufficientFunds(Exception):
    pass

class Account:
    _registry = {}
    _next_number = 1000

    def __init__(self, owner, opening=0):
        self.number = Account._next_number
        Account._next_number += 1
        self.owner = owner
        self._balance = 0
        self.history = []
        Account._registry[self.number] = self
        if opening:
            self.deposit(opening, note="opening")

    @property
    def balance(self):
        return self._balance

    @classmethod
    def lookup(cls, number):
        return cls._registry[number]

    def deposit(self, amount, note="deposit"):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append((note, amount))

    def withdraw(self, amount, note="withdraw"):
        if amount > self._balance:
            raise InsufficientFunds(f"account {self.number} ({self.owner}) has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append((note, -amount))

    def transfer_to(self, other, amount):
        self.withdraw(amount, note=f"to {other.number}")
        other.deposit(amount, note=f"from {self.number}")

    def __lt__(self, other):
        return (self.balance, self.number) < (other.balance, other.number)

    def __repr__(self):
        return f"<{self.number} {self.owner}: {self.balance}>"

class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest, note="interest")
        return interest

ann = Account("ann", 500)
bob = SavingsAccount("bob", 1200)
cy = Account("cy")
ann.transfer_to(cy, 120)
bob.transfer_to(ann, 300)
print(bob.add_interest(), sorted(Account._registry.values()))
print(Account.lookup(1001) is bob, type(Account.lookup(1001)).__name__)
for acct in (ann, bob, cy):
    print(acct.owner, acct.history)
try:
    cy.deposit(-5)
except ValueError as exc:
    print("ValueError:", exc)
try:
    ann.balance = 10
except AttributeError as exc:
    print("AttributeError:", exc)

payroll = [(ann, cy, 100), (cy, bob, 50), (cy, ann, 500)]
for src, dst, amount in payroll:
    src.transfer_to(dst, amount)
    print(f"moved {amount} from {src.owner} to {dst.owner}: {sorted(Account._registry.values())}")
