# raise ... from None hides the context; the uncaught traceback shows one exception.
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def roman_to_int(text):
    total = 0
    previous = 0
    for ch in reversed(text.upper()):
        try:
            value = ROMAN[ch]
        except KeyError:
            raise ValueError(f"invalid roman digit {ch!r} in {text!r}") from None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total

for numeral in ["XIV", "mcmxciv", "MMXXVI", "IX"]:
    print(numeral, roman_to_int(numeral))

try:
    roman_to_int("XIZ")
except ValueError as exc:
    print("caught:", exc, "| cause:", exc.__cause__, "| context:", repr(exc.__context__),
          "| suppress:", exc.__suppress_context__)

def convert_all(items):
    return [roman_to_int(item) for item in items]

print(convert_all(["I", "II", "III"]))
print(convert_all(["IV", "V", "VX2"]))
