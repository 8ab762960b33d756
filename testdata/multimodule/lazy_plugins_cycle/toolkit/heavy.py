from functools import reduce

TABLE = [i * i % 17 for i in range(64)]


def checksum(text):
    return reduce(lambda acc, ch: (acc * 31 + ord(ch)) % 65521, text, 7)
