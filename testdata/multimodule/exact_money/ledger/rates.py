from fractions import Fraction


def convert(amount, rate):
    return amount * Fraction(rate)
