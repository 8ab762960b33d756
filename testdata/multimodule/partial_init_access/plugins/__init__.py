from . import alpha
