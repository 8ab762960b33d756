"""A double-entry ledger: money as integer cents with exact Fraction
interest, accounts ordered with total_ordering, transfers validated by
custom exceptions, a JSON statement, and finally an overdraft that is not
caught, so the program ends with a traceback through its modules."""
import json
from fractions import Fraction

from ledger.money import Money
from ledger.accounts import Account, Bank
from ledger.errors import LedgerError, InsufficientFunds, FrozenAccount
from ledger import statements

bank = Bank("Riverside")
alice = bank.open("alice", Money.parse("1500.00"))
bob = bank.open("bob", Money.parse("250.75"))
carol = bank.open("carol")

bank.transfer(alice, bob, Money.parse("300.10"), memo="rent share")
bank.transfer(bob, carol, Money.parse("99.99"), memo="bike")
for src, dst, amount in [(carol, alice, "500"), (bob, bob, "1"), (alice, carol, "-5")]:
    try:
        bank.transfer(src, dst, Money.parse(amount))
    except LedgerError as e:
        print(f"{type(e).__name__}: {e}")
carol.frozen = True
try:
    bank.transfer(alice, carol, Money.parse("1"))
except FrozenAccount as e:
    print("frozen:", e, "| is LedgerError:", isinstance(e, LedgerError))
carol.frozen = False

bank.apply_interest(Fraction(3, 100), months=Fraction(1, 12))
for acct in sorted(bank.accounts.values(), reverse=True):
    print(f"{acct.owner:6} {acct.balance!s:>10} {acct.balance!r}")
print(max(bank.accounts.values()).owner, alice > bob, Money(5) + Money(7) == Money(12), sum(a.balance for a in bank.accounts.values()))

text = statements.render_json(bank)
data = json.loads(text)
print(text.splitlines()[0], len(data["accounts"]), data["accounts"][1]["entries"][0])
print(statements.totals(bank))

print("closing bob's account with a big withdrawal...")
statements.close_out(bank, bob, Money.parse("10000"))
print("not reached")
