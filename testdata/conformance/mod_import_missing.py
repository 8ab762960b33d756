# A missing module: ModuleNotFoundError at the import line, caught and uncaught.
import sys
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print("caught:", e, e.name)
try:
    from sys import no_such_function
except ImportError as e:
    print("caught:", e)
print("sys" in sys.modules, type(sys.modules).__name__)
import another_missing_module.sub
