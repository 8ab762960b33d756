from ..util.text import shout
from ..util import numbers
from . import rules


def run(xs):
    return shout(str(numbers.total(rules.apply(xs))))
