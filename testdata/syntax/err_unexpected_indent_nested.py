if True:
  x
    y
