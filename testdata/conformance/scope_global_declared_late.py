# Globals read before definition inside functions, globals created dynamically, and
# an uncaught NameError from a typo deep in a call chain.
import sys

def report():
    return f"{APP_NAME} v{VERSION} ({len(PLUGINS)} plugins)"

APP_NAME = "jitlens"
VERSION = "0.1"
PLUGINS = []

def register(name):
    global PLUGINS
    PLUGINS = PLUGINS + [name]

register("profiler")
register("advisor")
print(report())

def set_mode(mode):
    globals()["MODE"] = mode

set_mode("fast")
print(MODE)

def counts():
    global hits, misses
    hits = misses = 0
    for value in [1, None, 2, None, None]:
        if value is None:
            misses += 1
        else:
            hits += 1
    return hits, misses

print(counts(), hits, misses)

def format_total(items):
    subtotal = sum(price for _, price in items)
    tax = round(subtotal * TAX_RATE, 2)
    return f"subtotal={subtotal} tax={tax} total={subtotal + tax}"

def checkout(cart):
    lines = [f"{name}: {price}" for name, price in cart]
    return lines + [format_total(cart)]

TAX_RATE = 0.2
print("\n".join(checkout([("pen", 3), ("pad", 7)])))
sys.stdout.flush()

def apply_discount(cart):
    return [(name, round(price * (1 - DISCOUNT_RAT), 2)) for name, price in cart]

DISCOUNT_RATE = 0.1
print(checkout(apply_discount([("pen", 3), ("pad", 7)])))
