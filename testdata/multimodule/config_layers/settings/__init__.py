from collections import ChainMap
from contextlib_lite import contextmanager
from .defaults import DEFAULTS
from . import env

_chain = ChainMap(env.load(), DEFAULTS)


def get(key):
    return _chain[key]


@contextmanager
def override(**values):
    global _chain
    old = _chain
    _chain = _chain.new_child(values)
    try:
        yield
    finally:
        _chain = old


def layers():
    return len(_chain.maps)
