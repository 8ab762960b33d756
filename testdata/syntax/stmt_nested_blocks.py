def f():
    if a:
        for x in y:
            while z:
                try:
                    pass
                except E:
                    return
    else:
        pass


class C:

    def m(self):

        pass
