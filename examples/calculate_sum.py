# The seed example: the sum of 1 to N with a for loop and an f-string.
import sys


def calculate_sum(limit):
    total = 0
    for i in range(1, limit + 1):
        total += i
    return total


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
print(f"The sum of numbers from 1 to {limit} is {calculate_sum(limit)}")
