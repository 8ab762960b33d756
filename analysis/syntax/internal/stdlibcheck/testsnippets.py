"""Writes the code snippets of CPython's own syntax tests into a directory.

Usage: python3 testsnippets.py DIR. From each test module below it takes
every doctest example and every string constant that looks like code (has a
newline, '=', '(', ':', 'def ', 'lambda' or 'import'), one file each:
MODULE_NNNN.py. Many are syntax errors on purpose, which is the point: they
exercise CPython's error messages and positions.
"""
import ast
import doctest
import os
import sys
import sysconfig

MODULES = [
    "test_syntax", "test_exceptions", "test_grammar", "test_fstring", "test_eof",
    "test_unicode_identifiers", "test_string_literals", "test_patma",
    "test_positional_only_arg", "test_keywordonlyarg", "test_named_expressions",
    "test_genexps", "test_generators", "test_unpack_ex", "test_decorators",
    "test_pep646_syntax", "test_tokenize", "test_ast", "test_compile",
    "test_traceback", "test_global", "test_with", "test_raise",
    "test_exception_group", "test_except_star", "test_type_comments",
]
HINTS = ("=", "(", ":", "def ", "lambda", "import")


def snippets(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        s = node.value
        if ">>>" in s:
            try:
                yield from (ex.source for ex in parser.get_examples(s))
            except ValueError:
                pass
        elif len(s) < 2000 and ("\n" in s or any(h in s for h in HINTS)):
            yield s


def main():
    out = sys.argv[1]
    tests = os.path.join(sysconfig.get_paths()["stdlib"], "test")
    n = 0
    for mod in MODULES:
        path = os.path.join(tests, mod + ".py")
        if not os.path.exists(path):
            continue
        for code in snippets(path):
            n += 1
            name = os.path.join(out, "%s_%04d.py" % (mod, n))
            with open(name, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(code)
    print(n, "snippets", file=sys.stderr)


main()
