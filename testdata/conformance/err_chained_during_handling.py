# An error inside an except block: both tracebacks, joined by "During handling...".
# The fallback table lacks JPY too, so the handler itself fails.

RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}
FALLBACKS = {"CHF": "EUR"}


def convert(amount, currency):
    try:
        return round(amount * RATES[currency], 2)
    except KeyError:
        fallback = FALLBACKS[currency]
        print(f"  {currency} unknown, using {fallback}")
        return round(amount * RATES[fallback], 2)


payments = [(100, "USD"), (250, "GBP"), (80, "CHF"), (999, "JPY")]
converted = []
for amount, currency in payments:
    print(f"converting {amount} {currency}")
    value = convert(amount, currency)
    converted.append(value)
    print(f"  = {value}")

print("done", converted)
