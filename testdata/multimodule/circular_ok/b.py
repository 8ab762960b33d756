import a
NAME = "module b"


def a_name():
    return a.NAME
