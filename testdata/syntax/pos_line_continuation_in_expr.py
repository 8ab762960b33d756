x = 1 + \
    2 + \
    3
if a \
   and b:
    pass
