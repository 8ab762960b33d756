# Closures: counters, accumulators, late binding, cells shared between closures.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek

inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, _, peek2 = make_counter()
inc2()
print(peek(), peek2())

def make_multipliers():
    late = [lambda x: x * i for i in range(1, 4)]
    early = [lambda x, i=i: x * i for i in range(1, 4)]
    return late, early

late, early = make_multipliers()
print([f(10) for f in late], [f(10) for f in early])

def bank_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount))
            return balance
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def statement():
        return balance, list(history)

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}

acct = bank_account(100)
acct["deposit"](50)
acct["withdraw"](500)
acct["withdraw"](30)
print(acct["statement"]())

print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print([c.cell_contents for c in peek.__closure__])

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello "))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)

print(stairs(60), len(stairs.cache))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound after definition"
    return middle()()

print(outer())
