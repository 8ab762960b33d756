# A bank ledger with integer cents, monthly interest, statements and an audit trail.

class Account:
    def __init__(self, number, owner, rate_pct):
        self.number = number
        self.owner = owner
        self.rate_pct = rate_pct
        self.cents = 0
        self.history = []

    def post(self, day, kind, cents):
        if kind == "withdraw" and cents > self.cents:
            self.history.append((day, "REJECTED " + kind, cents, self.cents))
            return False
        self.cents += cents if kind in ("deposit", "interest") else -cents
        self.history.append((day, kind, cents, self.cents))
        return True

    def add_interest(self, day):
        interest = round(self.cents * self.rate_pct / 100 / 12)
        if interest:
            self.post(day, "interest", interest)
        return interest


def money(cents):
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}.{rest:02d}"


accounts = {
    "FR01": Account("FR01", "Ana Ruiz", 2.5),
    "FR02": Account("FR02", "Bo Chen", 0.75),
}
journal = """
01 FR01 deposit 1500.00
01 FR02 deposit 250.50
03 FR01 withdraw 320.25
07 FR02 withdraw 400.00
09 FR02 deposit 1200
15 FR01 withdraw 99.99
20 FR02 withdraw 0.51
28 FR01 deposit 12.34
"""
for line in journal.strip().splitlines():
    day, number, kind, amount = line.split()
    cents = round(float(amount) * 100)
    ok = accounts[number].post(int(day), kind, cents)
    print(f"day {day} {number} {kind:<8} {money(cents):>10} {'ok' if ok else 'REJECTED'}")

for acct in accounts.values():
    print(acct.number, "interest", money(acct.add_interest(30)))

for acct in accounts.values():
    print()
    print(f"Statement {acct.number} - {acct.owner} ({acct.rate_pct}% p.a.)")
    print(f"{'day':>3}  {'entry':<18}{'amount':>10}{'balance':>12}")
    for day, kind, cents, balance in acct.history:
        print(f"{day:>3}  {kind:<18}{money(cents):>10}{money(balance):>12}")
    deposits = sum(c for _, k, c, _ in acct.history if k == "deposit")
    withdrawals = sum(c for _, k, c, _ in acct.history if k == "withdraw")
    rejected = [c for _, k, c, _ in acct.history if k.startswith("REJECTED")]
    print(f"in {money(deposits)} out {money(withdrawals)} rejected {len(rejected)} "
          f"closing {money(acct.cents)}")

total = sum(a.cents for a in accounts.values())
print()
print("bank total", money(total), "=", total / 100, "=", round(total / 100, 1))
richest = max(accounts.values(), key=lambda a: a.cents)
print("richest", richest.owner, f"{richest.cents / total:.1%} of deposits")
