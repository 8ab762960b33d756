class LedgerError(Exception):
    """Base class of the ledger's errors."""


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} has {account.balance}, needs {needed}")
        self.account = account
        self.needed = needed


class FrozenAccount(LedgerError):
    pass


class InvalidTransfer(LedgerError, ValueError):
    pass
