from collections import ChainMap

DEFAULTS = {"loan_days": 14, "fine_per_day": 0.25, "open": "09-17", "max_loans": 5}
BRANCHES = {"east": {"open": "10-18", "wifi": True}, "west": {}}


def branch_settings(name, overrides):
    return ChainMap(dict(overrides), BRANCHES[name], DEFAULTS)
