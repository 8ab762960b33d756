# UnboundLocalError: assignment anywhere in a function makes a name local.
total = 10

def report():
    print("reporting total", total)

def safe_increment():
    global total
    total += 1
    return total

def broken_increment():
    total += 1  # 'total' is local here because of this assignment
    return total

report()
print(safe_increment())
try:
    broken_increment()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        message = "set"
    return message

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)

def free_variable_problem():
    def inner():
        return value
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__ + ":", exc)
    value = 1
    return inner()

print(free_variable_problem())

def shadows_builtin():
    print(len("abc"))
    len = 5
    return len

try:
    shadows_builtin()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)

def late_assignment():
    items = []
    for i in range(3):
        items.append(counter)
        counter = i
    return items

late_assignment()
