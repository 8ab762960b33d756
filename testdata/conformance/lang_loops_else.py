# for/while with else, break and continue: searching, retrying, and scanning.
def find_first_prime_above(n):
    candidate = n + 1
    while True:
        for d in range(2, int(candidate ** 0.5) + 1):
            if candidate % d == 0:
                break
        else:
            return candidate
        candidate += 1

print([find_first_prime_above(n) for n in (1, 10, 24, 90, 113)])

def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == target:
                print(f"found {target} at ({r}, {c})")
                break
        else:
            continue
        break
    else:
        print(f"{target} not found")

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
search(grid, 5)
search(grid, 10)

attempts = 0
while attempts < 5:
    attempts += 1
    if attempts % 2:
        print("attempt", attempts, "odd, skip")
        continue
    if attempts == 4:
        print("attempt", attempts, "succeeded")
        break
    print("attempt", attempts, "failed")
else:
    print("gave up")

n = 3
while n > 0:
    n -= 1
else:
    print("while-else ran, n =", n)

for ch in "":
    print("never")
else:
    print("empty for-else ran")

# continue inside try/finally
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)

# nested loops with a flag-free exit via exception-free else
pairs = []
for a in range(1, 6):
    for b in range(a, 6):
        if a * b > 8:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)

# loop variable survives the loop
for last in range(4):
    pass
print("last =", last)
