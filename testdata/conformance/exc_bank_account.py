# A bank with a custom exception hierarchy, exception attributes and handling order.
class BankError(Exception):
    """Base class for all bank errors."""

class AccountNotFound(BankError, KeyError):
    def __init__(self, account_id):
        super().__init__(account_id)
        self.account_id = account_id

    def __str__(self):
        return f"no account {self.account_id!r}"

class InsufficientFunds(BankError):
    def __init__(self, account_id, balance, requested):
        super().__init__(f"{account_id}: balance {balance}, requested {requested}")
        self.account_id, self.balance, self.requested = account_id, balance, requested

    @property
    def shortfall(self):
        return self.requested - self.balance

class FrozenAccount(BankError):
    pass

class Bank:
    def __init__(self):
        self.accounts = {}
        self.frozen = set()

    def open(self, account_id, deposit=0):
        self.accounts[account_id] = deposit

    def _get(self, account_id):
        try:
            return self.accounts[account_id]
        except KeyError:
            raise AccountNotFound(account_id) from None

    def withdraw(self, account_id, amount):
        balance = self._get(account_id)
        if account_id in self.frozen:
            raise FrozenAccount(account_id, "frozen by compliance")
        if amount > balance:
            raise InsufficientFunds(account_id, balance, amount)
        self.accounts[account_id] = balance - amount
        return self.accounts[account_id]

    def transfer(self, src, dst, amount):
        self._get(dst)
        self.withdraw(src, amount)
        self.accounts[dst] += amount

bank = Bank()
bank.open("alice", 100)
bank.open("bob", 20)
bank.frozen.add("bob")

operations = [
    ("withdraw", "alice", 30),
    ("withdraw", "alice", 500),
    ("withdraw", "carol", 5),
    ("withdraw", "bob", 1),
    ("transfer", "alice", "bob", 50),
    ("transfer", "alice", "dave", 1),
    ("transfer", "bob", "alice", 5),
]
for op, *args in operations:
    try:
        result = getattr(bank, op)(*args)
    except InsufficientFunds as exc:
        print(f"{op}{tuple(args)}: insufficient, short by {exc.shortfall} ({exc})")
    except KeyError as exc:
        print(f"{op}{tuple(args)}: KeyError branch -> {exc} | args={exc.args} | {type(exc).__name__}")
    except BankError as exc:
        print(f"{op}{tuple(args)}: {type(exc).__name__} {exc.args} str={str(exc)!r}")
    else:
        print(f"{op}{tuple(args)}: ok -> {result}")
    finally:
        pass
print(bank.accounts)
print([c.__name__ for c in AccountNotFound.__mro__])
print(repr(InsufficientFunds("x", 1, 2)), repr(FrozenAccount()), str(FrozenAccount()))
print(isinstance(AccountNotFound("z"), LookupError), issubclass(BankError, BaseException))
