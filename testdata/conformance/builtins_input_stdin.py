# input() reading a small command session from stdin until EOF.

total = 0
names = []
count = int(input())
for _ in range(count):
    line = input()
    name, amount = line.split(",")
    names.append(name.strip())
    total += int(amount)
print("read", count, "entries:", names, "total", total)

prompted = input("Your command> ")
print()
print("command was", repr(prompted))

commands = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOF reached", type(e).__name__, repr(str(e)))
        break
    if not line.strip():
        print("blank line skipped")
        continue
    verb, *args = line.split()
    commands.append((verb.lower(), args))

stack = []
for verb, args in commands:
    if verb == "push":
        stack.extend(int(a) for a in args)
    elif verb == "pop":
        print("popped", stack.pop() if stack else None)
    elif verb == "add":
        b, a = stack.pop(), stack.pop()
        stack.append(a + b)
    elif verb == "show":
        print("stack", stack)
    else:
        print("unknown verb", repr(verb), args)
print("final", stack)
try:
    input()
except EOFError as e:
    print("again", type(e).__name__, e)
