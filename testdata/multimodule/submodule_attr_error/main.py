import tools
try:
    from tools import missing_name
except ImportError as e:
    print(e)
from tools.sub import thing
print(thing, tools.sub.thing)
import tools.nope
