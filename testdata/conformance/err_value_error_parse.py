# Parsing a config of durations; a malformed number raises ValueError from int().

lines = """
timeout = 30s
retry_delay = 250ms
session = 2h
cleanup = 15m
heartbeat = 1.5s
""".strip().splitlines()

FACTORS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}


def parse_duration(text):
    for suffix in ("ms", "s", "m", "h"):
        if text.endswith(suffix):
            number = text[: -len(suffix)]
            return int(number) * FACTORS[suffix]
    raise ValueError(f"no unit in {text!r}")


settings = {}
for line in lines:
    key, value = (part.strip() for part in line.split("="))
    print("parsing", key, "=", value)
    settings[key] = parse_duration(value)
    print("  ->", settings[key], "ms")

print(settings)
