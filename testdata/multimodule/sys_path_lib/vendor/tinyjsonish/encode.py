from functools import singledispatch


@singledispatch
def dumps(obj):
    raise TypeError(f"cannot encode {type(obj).__name__}")


@dumps.register(dict)
def _(obj):
    return "{" + ", ".join(f"{dumps(k)}: {dumps(v)}" for k, v in obj.items()) + "}"


@dumps.register(list)
def _(obj):
    return "[" + ", ".join(map(dumps, obj)) + "]"


@dumps.register(str)
def _(obj):
    return '"' + obj + '"'


@dumps.register(bool)
def _(obj):
    return "true" if obj else "false"


@dumps.register(int)
@dumps.register(float)
def _(obj):
    return repr(obj)


@dumps.register(type(None))
def _(obj):
    return "null"
