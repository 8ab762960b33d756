from functools import total_ordering

from .errors import FrozenAccount, InsufficientFunds, InvalidTransfer
from .money import Money


@total_ordering
class Account:
    def __init__(self, owner, opening=Money()):
        self.owner = owner
        self.balance = opening
        self.frozen = False
        self.entries = [("open", opening.cents)]

    def __eq__(self, other):
        return (self.balance, self.owner) == (other.balance, other.owner)

    def __lt__(self, other):
        return (self.balance, self.owner) < (other.balance, other.owner)

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(f"account of {self.owner} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.entries.append(("debit", amount.cents))

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(f"account of {self.owner} is frozen")
        self.balance += amount
        self.entries.append(("credit", amount.cents))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, opening=Money()):
        acct = self.accounts[owner] = Account(owner, opening)
        return acct

    def transfer(self, src, dst, amount, memo=""):
        if src is dst:
            raise InvalidTransfer("cannot transfer to the same account")
        if amount.cents <= 0:
            raise InvalidTransfer(f"amount must be positive, not {amount}")
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except FrozenAccount:
            src.deposit(amount)
            raise

    def apply_interest(self, yearly_rate, months):
        for acct in self.accounts.values():
            interest = acct.balance * (yearly_rate * months)
            if interest:
                acct.deposit(interest)
