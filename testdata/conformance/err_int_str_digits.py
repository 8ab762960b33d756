# CPython 3.11 limits int <-> str conversion to 4300 digits.

def digits_of_power(base, exp):
    return len(str(base ** exp))


for exp in (10, 100, 1000, 4000):
    print(f"2**{exp} has {digits_of_power(2, exp)} digits")

limit_case = 10 ** 4299
print(len(str(limit_case)))
print(len(hex(10 ** 5000)), (10 ** 5000).bit_length())
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("9" * 4300) % 97)
big = 7 ** 6000
print(big % 1000000007, big.bit_length())
factorial = 1
for k in range(2, 1200):
    factorial *= k
print("1199! bits:", factorial.bit_length())
print("1199! mod 1e9+7:", factorial % 1000000007)
text = str(factorial)
print("1199! digits:", len(text), text[:10])
factorial *= 10 ** 1300
print("scaled digits:", len(str(factorial)))
