# Scenario: writing a file, then reading it back and counting its lines; the
# writing and reading dominate.
# IO: 13, 18-19   (line 19 too: the sampler charges the read to the next call)
# Expect: hot-spot, io-bound
# Static: none
"""Generates a data file once, then parses it."""

PATH = "/tmp/jitlens-advisor-io_read.txt"


def generate(path, n):
    with open(path, "w") as f:
        f.write("\n".join(str(i * 3) for i in range(n)) + "\n")


def line_count(path):
    f = open(path)
    data = f.read()
    f.close()
    return data.count("\n")


generate(PATH, 100000)
print(line_count(PATH))
