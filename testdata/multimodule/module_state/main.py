import sys
import counter
import counter as again
from counter import bump
bump(); bump(); counter.bump()
print(counter.COUNT, again is counter, "counter" in sys.modules)
print(counter.__name__, counter.__file__.endswith("counter.py"), __name__)
import config
print(config.SETTINGS)
print(counter, config.ChainMap.__module__)
del sys.modules["counter"]
import counter as fresh
print(fresh is counter, fresh.COUNT, sys.modules["counter"] is fresh)
