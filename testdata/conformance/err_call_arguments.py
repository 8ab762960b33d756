# Calling a function with the wrong arguments: TypeError naming the function.

def make_rectangle(width, height, *, color="black", filled=False):
    return {"w": width, "h": height, "color": color, "filled": filled}


def area(rect):
    return rect["w"] * rect["h"]


shapes = [
    make_rectangle(3, 4),
    make_rectangle(5, 1, color="red"),
    make_rectangle(2, 2, filled=True),
]
for s in shapes:
    print(s, area(s))
try:
    make_rectangle(1)
except TypeError as e:
    print("caught:", e)
try:
    make_rectangle(1, 2, "blue")
except TypeError as e:
    print("caught:", e)
try:
    make_rectangle(1, 2, colour="blue")
except TypeError as e:
    print("caught:", e)
print(sum(area(s) for s in shapes))
make_rectangle(1, 2, width=3)
