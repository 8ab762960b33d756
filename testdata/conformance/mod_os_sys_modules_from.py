# from sys import modules, vars(sys): os is there, complete, without an
# import of it.
from sys import modules
import sys

print(hasattr(modules["os"], "walk"), hasattr(vars(sys)["modules"]["os"], "environ"))
print(sorted(n for n in ("os", "os.path", "posixpath", "sys", "builtins") if n in modules))
