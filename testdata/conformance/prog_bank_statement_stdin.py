# Reads transactions from stdin, applies them to accounts, and prints monthly statements.
import sys

class LedgerError(Exception):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")

def parse_amount(text):
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("+-").partition(".")
    if not whole.isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
        raise ValueError(f"bad amount {text!r}")
    return sign * (int(whole) * 100 + int(frac.ljust(2, "0") or 0))

def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"

accounts = {}
errors = []
for line_no, raw in enumerate(sys.stdin, start=1):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    try:
        fields = line.split()
        match fields:
            case [date, "open", name]:
                if name in accounts:
                    raise LedgerError(line_no, f"{name} already open")
                accounts[name] = {"opened": date, "entries": []}
            case [date, ("in" | "out") as kind, name, amount, *memo]:
                if name not in accounts:
                    raise LedgerError(line_no, f"unknown account {name}")
                cents = parse_amount(amount)
                accounts[name]["entries"].append((date, cents if kind == "in" else -cents, " ".join(memo)))
            case _:
                raise LedgerError(line_no, f"cannot parse {line!r}")
    except (LedgerError, ValueError) as exc:
        errors.append(str(exc))

for name, acct in sorted(accounts.items()):
    print(f"== {name} (opened {acct['opened']}) ==")
    balance = 0
    months = {}
    for date, cents, memo in sorted(acct["entries"]):
        balance += cents
        months.setdefault(date[:7], []).append(cents)
        print(f"  {date}  {money(cents):>10}  {money(balance):>10}  {memo}")
    for month, amounts in sorted(months.items()):
        ins = sum(a for a in amounts if a > 0)
        outs = sum(a for a in amounts if a < 0)
        print(f"  {month}: in {money(ins)}, out {money(-outs)}, net {money(ins + outs)}")
    if balance < 0:
        print(f"  OVERDRAWN by {money(-balance)}")
for e in errors:
    print("error:", e, file=sys.stderr)
sys.exit(1 if errors else 0)
