# sys: the runtime facts a script reads, the module cache and the search path.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
import collections
print(sys.modules["collections"] is collections, "collections" in sys.modules)
print(sys.path[0] == __file__.rsplit("/", 1)[0], type(sys.path).__name__)
mod = sys.modules[__name__]
print(mod.__name__, __name__, __package__, __spec__)
sys.exit(3)
