"""Writes CPython 3.11's parse result for each file named on stdin.

Input: one path per line; argv[1] is "true" to dump with positions. Output,
per file and in input order: a header line
"<path>\t<ok|err>\t<length>\n" followed by <length> bytes of UTF-8: for ok,
ast.dump(tree, include_attributes=True); for err, "KIND: MESSAGE\\nline L,
offset O\\n" as testdata/syntax/regen.py writes it (offsets in characters).
"""
import ast
import io
import sys
import tokenize
import warnings


def decoded_error(source, error):
    """The same error as reported for the decoded source, whose offset
    counts characters (see regen.py); error itself if that differs."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        ast.parse(source.decode(encoding))
    except SyntaxError as e:
        if (e.msg, e.lineno, type(e)) == (error.msg, error.lineno, type(error)):
            return e
    except Exception:
        pass
    return error


warnings.simplefilter("ignore")  # e.g. SyntaxWarning: invalid decimal literal
out = sys.stdout.buffer
positions = sys.argv[1] == "true"
for path in sys.stdin.read().splitlines():
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            kind, text = "ok", ast.dump(tree, include_attributes=positions)
        finally:
            sys.set_int_max_str_digits(limit)
    except SyntaxError as e:
        e = decoded_error(source, e)
        kind, text = "err", "%s: %s\nline %s, offset %s\n" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (MemoryError, RecursionError, ValueError) as e:
        kind, text = "err", "%s: %s\nline None, offset None\n" % (type(e).__name__, e)
    data = text.encode("utf-8", "surrogatepass")
    out.write(b"%s\t%s\t%d\n" % (path.encode("utf-8", "surrogateescape"), kind.encode(), len(data)))
    out.write(data)
    out.flush()
