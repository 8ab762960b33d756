# Scenario: writing a report line by line; the time goes to file output,
# where no compiler helps.
# IO: 14-15   (the engine does not mark I/O waits yet; line 14 is listed
#     because the sampler charges the loop body to its header at the back-edge)
# Expect: hot-spot, io-bound
# Static: none
"""Writes a CSV file of generated rows, then reads back its size."""

PATH = "/tmp/jitlens-advisor-io_write.csv"


def write_rows(path, n):
    out = open(path, "w")
    for i in range(n):
        out.write(str(i) + "," + str(i * i) + "," + str(i % 7) + "\n")
    out.close()


write_rows(PATH, 60000)
with open(PATH) as f:
    print(len(f.read()))
