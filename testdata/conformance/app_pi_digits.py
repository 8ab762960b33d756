# Digits of pi and e with big integers: Machin's formula and a factorial series.

def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10


pi = str(pi_digits(300))
e = str(e_digits(300))
print(pi[0] + "." + pi[1:61])
print(e[0] + "." + e[1:61])
for label, digits in (("pi", pi), ("e", e)):
    counts = [digits.count(str(d)) for d in range(10)]
    print(label, len(digits), counts, max(range(10), key=lambda d: counts[d]))
    print("  first 0 at", digits.find("0"), "| '999' at", digits.find("999"), "| sum", sum(map(int, digits)))
for i in range(0, 120, 40):
    block = pi[1 + i:1 + i + 40]
    print(" ".join(block[j:j + 10] for j in range(0, 40, 10)))
approx = [(22, 7), (333, 106), (355, 113), (103993, 33102)]
exact = int(pi[:30])
for num, den in approx:
    value = num * 10 ** 29 // den
    same = 0
    while same < 30 and str(value)[same] == pi[same]:
        same += 1
    print(f"{num}/{den} = {num / den!r} matches {same} digits")
print(float(pi[0] + "." + pi[1:20]), 3.141592653589793 == float(pi[0] + "." + pi[1:25]))
print(exact % 1000003, exact.bit_length(), len(str(exact * exact)))
