import b
NAME = "module a"


def describe():
    return f"{NAME} sees {b.NAME}"
