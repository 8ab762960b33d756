# Shadowing builtins at module, function and class level, and restoring them with del.
print(len("abc"), max(3, 7))

def len(obj):
    return f"custom len of {type(obj).__name__}"

print(len([1, 2]))
del len
print(len([1, 2]))

def process(list):
    # the parameter named 'list' hides the builtin in this function
    return [x * 2 for x in list], type(list).__name__

print(process((1, 2, 3)))

class Config:
    str = "shadowed in class body"
    label = str.upper()          # uses the class attribute
    def show(self):
        return str(42)           # methods see the builtin again

print(Config.label, Config().show())

sum = 100
try:
    sum([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
del sum
print(sum([1, 2]))

import sys

def print_all(*values):
    for v in values:
        sys.stdout.write(f"<{v}>")
    sys.stdout.write("\n")

builtin_print = print
print = print_all
print("a", 1, None)
print = builtin_print
print("restored", end="!\n")

def min(*args):
    return "always min"

values = [5, 3, 8]
print(min(values), sorted(values)[0])
del min
print(min(values))

True_ = True
def check(None_=None):
    return None_ is None
print(check(), True_)
