# sys.get_int_max_str_digits / set_int_max_str_digits and the limit they set
import sys, collections
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
x = 10**6000
try:
    str(x)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(x)))
print(sys.flags.int_max_str_digits)
for bad in ("x", -5, 1.5, True):
    try:
        sys.set_int_max_str_digits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
try:
    int("1" * 701)
except ValueError as e:
    print(e)
print(len(str(int("1" * 700))))
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print(e)
