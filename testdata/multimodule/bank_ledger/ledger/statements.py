import json
from collections import Counter


def render_json(bank):
    doc = {"bank": bank.name, "accounts": [
        {"owner": a.owner, "balance": a.balance.cents, "entries": a.entries}
        for a in bank.accounts.values()
    ]}
    return json.dumps(doc, indent=None, separators=(", ", ": "))


def totals(bank):
    kinds = Counter()
    for a in bank.accounts.values():
        for kind, cents in a.entries:
            kinds[kind] += cents
    return dict(kinds)


def close_out(bank, account, final_withdrawal):
    account.withdraw(final_withdrawal)
    del bank.accounts[account.owner]
