import counter
from collections import ChainMap
defaults = {"debug": False, "level": 1}
SETTINGS = dict(ChainMap({"level": counter.COUNT}, defaults))
