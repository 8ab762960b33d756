# Profiled by the real engine (JIT on: many iterations) in the server's tests.
def total(n):
    acc = 0
    for i in range(n):
        acc += i * i % 7
    return acc


print(total(30000000))
