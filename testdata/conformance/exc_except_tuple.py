# except (A, B) as e, handler order, exception args and str/repr of builtin errors.
def risky(kind):
    match kind:
        case "key":
            return {}["missing"]
        case "index":
            return [][3]
        case "zero":
            return 1 / 0
        case "type":
            return "a" + 1
        case "value":
            return int("x1")
        case "attr":
            return None.upper()
        case "name":
            return undefined_name
        case "overflow":
            return 2.0 ** 10000
        case "unicode":
            return "é".encode("ascii")
        case "os":
            raise FileNotFoundError(2, "No such file or directory", "missing.txt")
        case "multi":
            raise ValueError("a", 2, None)
        case "empty":
            raise ValueError
    return "fine"

for kind in ("key", "index", "zero", "type", "value", "attr", "name", "overflow", "unicode", "os", "multi", "empty", "none"):
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(f"{kind:>8}: lookup  {type(e).__name__}: str={str(e)!r} repr={e!r}")
    except (ZeroDivisionError, OverflowError) as e:
        print(f"{kind:>8}: arith   {type(e).__name__}: str={str(e)!r} args={e.args}")
    except (TypeError, AttributeError, NameError) as e:
        print(f"{kind:>8}: typing  {type(e).__name__}: {e}")
    except OSError as e:
        print(f"{kind:>8}: os      errno={e.errno} strerror={e.strerror!r} filename={e.filename!r} str={e}")
    except ValueError as e:
        print(f"{kind:>8}: value   {type(e).__name__}: str={str(e)!r} repr={e!r} args={e.args}")
    else:
        print(f"{kind:>8}: no error, result {result!r}")

err = KeyError("k")
print(str(err), repr(err), str(KeyError()), str(KeyError("a", "b")), str(IndexError("i")))
print(repr(Exception()), repr(Exception("one")), repr(Exception("one", 2)), str(Exception("one", 2)))
print(isinstance(FileNotFoundError(), OSError), OSError is IOError, EnvironmentError is OSError)
print(AttributeError("x", name="n", obj=None).name, NameError("m", name="nm").name)
