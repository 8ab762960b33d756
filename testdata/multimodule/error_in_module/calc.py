def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")


def div(a, b):
    return a / b
