# AttributeError and NameError suggestions ("Did you mean") in an uncaught typo.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.transactions = []

    def deposit(self, amount):
        self.balance += amount
        self.transactions.append(amount)
        return self.balance

acct = Account("ann", 10)
print(acct.deposit(5), acct.transactions)
try:
    acct.deposti(5)
except AttributeError as exc:
    print("AttributeError:", exc, "| name:", exc.name)
try:
    print(acct.balanse)
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    print(acount)
except NameError as exc:
    print("NameError:", exc, "| name:", exc.name)

def monthly_interest(account, rate):
    return account.balance * rate / 12

print(round(monthly_interest(acct, 0.05), 4))
print(acct.transaction)
