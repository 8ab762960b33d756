"""Regenerate the expected results of the syntax differential tests.

Run with CPython 3.11 (the reference):  python3 testdata/syntax/regen.py

For each snippet NAME.py in this directory it writes either NAME.ast, the
output of ast.dump(ast.parse(source_bytes, mode=MODE), include_attributes=True)
plus a newline, or NAME.err when CPython rejects the snippet. MODE is "eval"
for names starting with "eval_", "single" for names starting with "single_",
else "exec".

    KIND: MESSAGE
    line LINENO, offset OFFSET

KIND is SyntaxError, IndentationError or TabError; LINENO and OFFSET are the
exception's lineno and offset, "None" where CPython gives none. OFFSET is
CPython's 1-based character column: for source bytes without a coding
declaration or BOM, CPython 3.11 reports parser errors at a byte column
instead, so the error is taken from parsing the decoded text, which CPython
reports in characters (as it does when running a file). analysis/syntax/differential_test.go
compares jitlens's parser against these files byte for byte.
"""

import ast
import io
import os
import sys
import tokenize
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def mode_of(name: str) -> str:
    """The parse mode a snippet's name asks for."""
    for mode in ("eval", "single"):
        if name.startswith(mode + "_"):
            return mode
    return "exec"


def decoded_error(source: bytes, error: SyntaxError, mode: str) -> SyntaxError:
    """Returns the same error as reported for the decoded source, whose
    offset counts characters; error itself if that is not the same error."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        text = source.decode(encoding)
        ast.parse(text, mode=mode)
    except SyntaxError as e:
        if (e.msg, e.lineno, type(e)) == (error.msg, error.lineno, type(error)):
            return e
    except Exception:
        pass
    return error


def expectation(source: bytes, mode: str):
    """Returns (suffix, text) of the expected result for one snippet."""
    try:
        tree = ast.parse(source, mode=mode)
    except SyntaxError as e:
        e = decoded_error(source, e, mode)
        return ".err", "%s: %s\nline %s, offset %s\n" % (type(e).__name__, e.msg, e.lineno, e.offset)
    # Huge int constants are fine in the tree; lift the repr digit limit.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return ".ast", ast.dump(tree, include_attributes=True) + "\n"
    finally:
        sys.set_int_max_str_digits(limit)


def main():
    warnings.simplefilter("ignore")  # e.g. SyntaxWarning: invalid decimal literal
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: run with CPython 3.11, not %s" % sys.version.split()[0])
    names = sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".py") and n != "regen.py")
    changed = 0
    for name in names:
        with open(os.path.join(HERE, name + ".py"), "rb") as f:
            source = f.read()
        suffix, text = expectation(source, mode_of(name))
        other = ".ast" if suffix == ".err" else ".err"
        stale = os.path.join(HERE, name + other)
        if os.path.exists(stale):
            os.remove(stale)
        path = os.path.join(HERE, name + suffix)
        data = text.encode("utf-8")
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "wb") as f:
            f.write(data)
        changed += 1
    print("%d snippets, %d expectation files written" % (len(names), changed))


if __name__ == "__main__":
    main()
