# os is loaded, complete, from startup: a program that reaches it through
# sys.modules without importing it sees all of it.
import sys

print("os" in sys.modules, "os.path" in sys.modules)


def lookup(name):
    return sys.modules.get(name)


m = lookup("os")
print(type(m).__name__, m.__name__, m.sep, m.path.sep)
for name in ["environ", "getenv", "walk", "makedirs", "stat", "scandir", "fspath", "path", "getcwd"]:
    print(name, hasattr(m, name))
print(callable(sys.modules["os"].getenv), "walk" in dir(sys.modules["os"]))
print(hasattr(sys.modules["os.path"], "commonprefix"), sys.modules["posixpath"] is m.path)
print(m.environ.get("JITLENS_SURELY_UNSET_VARIABLE", "default"))
import os
print(os is m, os.path is m.path, sys.modules["os.path"] is os.path)
