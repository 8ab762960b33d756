a + b * (c)
