# Custom exception hierarchy; uncaught exception with several args prints the tuple.

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account("dana", 100)
for amount in (30, 50):
    print("withdraw", amount, "->", acct.withdraw(amount))
try:
    acct.withdraw(500)
except BankError as e:
    print("caught", type(e).__name__, e.args, str(e), repr(e))
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
print(repr(BankError()), str(BankError()), repr(BankError("one")), str(BankError("one")))
acct.withdraw(21)
