"""Stand-ins for numba and cython, for running the advisor's scenarios (and
their fixed versions) under a CPython that lacks the real packages.

Put this directory on PYTHONPATH. When `import numba` or `import cython`
would fail, a module is installed whose decorators return the function
unchanged and whose `prange` is `range`, so the program computes the same
thing, only without compiling. The stand-ins mark themselves with
`__jitlens_stub__ = True`; the real packages are always preferred.
"""
import importlib.util
import sys
import types


def _decorator(*args, **kwargs):
    # @njit and @njit(...), @cython.cfunc and @cython.cfunc(...)
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


def _decorator_factory(*args, **kwargs):
    # @cython.locals(...), @cython.returns(...)
    return lambda f: f


_unspecified = object()


def _declare(t=None, value=_unspecified, **kwargs):
    # cython.declare(cython.int, 5) casts; cython.declare(x=cython.int) declares
    if value is not _unspecified:
        return t(value)
    return None


if importlib.util.find_spec("numba") is None:
    numba = types.ModuleType("numba")
    numba.__jitlens_stub__ = True
    numba.njit = numba.jit = _decorator
    numba.prange = range
    sys.modules["numba"] = numba

if importlib.util.find_spec("cython") is None:
    cython = types.ModuleType("cython")
    cython.__jitlens_stub__ = True
    cython.compiled = False
    cython.locals = cython.returns = _decorator_factory
    cython.cfunc = cython.ccall = cython.inline = _decorator
    cython.declare = _declare
    for _name in ("int", "long", "longlong", "short", "char", "uint", "ulong", "ulonglong",
                  "Py_ssize_t", "size_t"):
        setattr(cython, _name, int)
    cython.double = cython.float = float
    cython.bint = bool
    sys.modules["cython"] = cython
