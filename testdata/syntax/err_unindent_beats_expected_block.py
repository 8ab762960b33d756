def f():
        with u:

    x = 1
