from registry import register
from operator import methodcaller


@register("beta")
def run():
    return methodcaller("upper")("beta ran")
