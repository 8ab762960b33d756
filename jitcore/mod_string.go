package jitcore

// The string module, in Python on the engine: the constants, capwords,
// Template (with $-substitution and CPython's error messages) and a
// Formatter built on str.format.

func init() {
	registerModule("string", &nativeModule{source: stringSource})
}

const stringSource = `
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_` + "`" + `{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                e = k + 1
                while e < n and _is_id_char(s[e]):
                    e += 1
                name = s[k + 1:e]
                if name and _is_id_start(name[0]) and e < n and s[e] == '}':
                    out.append(self._lookup(mapping, name, s[j:e + 1], safe))
                    i = e + 1
                    continue
            elif k < n and _is_id_start(s[k]):
                e = k
                while e < n and _is_id_char(s[e]):
                    e += 1
                out.append(self._lookup(mapping, s[k:e], s[j:e], safe))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def _lookup(self, mapping, name, raw, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return raw
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        class Rec(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(Rec(), True)
        return ids

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        return True


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
`
