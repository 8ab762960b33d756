# A small workload for the language server's session test.
import math


def total_energy(n):
    energy = 0
    for i in range(n):
        for j in range(3):
            energy += math.sqrt(i * j) * 0.5
    return energy


def describe(values):
    names = {}
    for v in values:
        names[str(v)] = f"value {v}"
    return names


def main():
    result = total_energy(200000)
    labels = describe([1, 2, 3])
    print(round(result, 3), len(labels))


main()
