import sys
import os
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "vendor"))
import tinyjsonish
from tinyjsonish.encode import dumps
print(dumps({"a": [1, 2.5, None, True], "b": {"c": "x"}}))
print(tinyjsonish.__name__, tinyjsonish.VERSION, "tinyjsonish.encode" in sys.modules)
