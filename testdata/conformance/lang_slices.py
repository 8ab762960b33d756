# Subscripts and slices: reading, assignment, deletion, steps and negative indices.
data = list(range(12))
print(data[2:5], data[:3], data[-3:], data[::3], data[::-1][:4])
print(data[10:2:-2], data[100:], data[-100:2])

data[2:5] = ["a", "b"]
print("replace shorter:", data)
data[0:0] = ["front", "x"]
print("insert at front:", data)
data[-1:] = []
print("drop last:", data)
del data[::2]
print("delete evens:", data)
data[::2] = [None] * len(data[::2])
print("extended assign:", data)

try:
    data[::2] = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
grid[1][1] = "mid"
print(grid)
column = [row[2] for row in grid]
print("column 2:", column)

text = "conformance"
print(text[3:8], text[::-1], text[-4:-1], text[1::2])
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, text[s])
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(10))

# dict subscripts and nested updates
config = {"db": {"host": "localhost", "ports": [5432, 5433]}}
config["db"]["ports"][1] += 10
config["cache"] = {"size": 64}
config["cache"]["size"] *= 2
print(config)
del config["db"]["host"]
print(config)

# slicing tuples and bytes
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::2], b"abcdef"[2:4], bytearray(b"xyz")[::-1])

ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
del ba[5:]
print(ba)

# custom __getitem__ receiving slices
class Probe:
    def __getitem__(self, key):
        return key

p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[..., 0])

try:
    print(t[10])
except IndexError as exc:
    print("IndexError:", exc)
try:
    del t[0]
except TypeError as exc:
    print("TypeError:", exc)
