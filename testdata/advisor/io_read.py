# Scenario: writing a data file a mebibyte at a time, then drawing random
# bytes from the operating system: nearly all the time goes to system calls,
# where no compiler helps.
# IO: 18, 25
# Expect: hot-spot, io-bound
# Static: none
"""Writes a 32 MiB file, then reads 4 MiB of random bytes from the OS."""

import os

PATH = "/tmp/jitlens-advisor-io_read.bin"
BLOCK = b"0123456789abcde\n" * 65536  # 1 MiB


def generate(path, blocks):
    with open(path, "wb") as f:
        for _ in range(blocks):
            f.write(BLOCK)


def random_bytes(chunks):
    total = 0
    with open("/dev/urandom", "rb") as f:
        for _ in range(chunks):
            total += len(f.read(1 << 18))
    return total


generate(PATH, 32)
print(random_bytes(16))
os.remove(PATH)
