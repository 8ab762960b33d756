# Exception notes (3.11 add_note) are printed after the message in the traceback.

def parse_row(lineno, line):
    fields = line.split(",")
    try:
        return fields[0], int(fields[1]), float(fields[2])
    except (ValueError, IndexError) as e:
        e.add_note(f"while parsing line {lineno}: {line!r}")
        raise


data = """widget,4,2.50
gizmo,10,0.99
doohickey,3,1.75
thingamajig,two,3.00""".splitlines()

try:
    parse_row(99, "broken")
except IndexError as e:
    print("caught", type(e).__name__, e, e.__notes__)

rows = []
for lineno, line in enumerate(data, 1):
    try:
        rows.append(parse_row(lineno, line))
    except ValueError as e:
        e.add_note("hint: quantities must be whole numbers")
        print("rows so far:", rows)
        raise
print("unreachable")
