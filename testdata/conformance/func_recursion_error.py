# Unbounded recursion raises RecursionError; catch it and print a short message.
import sys

def countdown(n):
    return countdown(n - 1)  # no base case

try:
    countdown(10)
except RecursionError as exc:
    print("RecursionError:", exc)

class Node:
    def __init__(self):
        self.next = self

    def length(self):
        return 1 + self.next.length()

try:
    Node().length()
except RecursionError as exc:
    print("cyclic list:", type(exc).__name__, "-", exc)

def depth_reached():
    level = 0
    def dive():
        nonlocal level
        level += 1
        dive()
    try:
        dive()
    except RecursionError:
        return level
    return None

reached = depth_reached()
print("depth within 100 of the limit:", sys.getrecursionlimit() - 100 <= reached <= sys.getrecursionlimit())

def recover():
    # after catching, the stack unwinds and normal calls work again
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(20)

print("recovered:", recover())
sys.exit(3)
