from fractions import Fraction


def show(value):
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return str(value.numerator)
        return f"{value} (~{float(value):.6g})"
    return repr(value)
