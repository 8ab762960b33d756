package jitcore

// The csv module, in Python on the engine: reader, writer, DictReader,
// DictWriter and dialects, with CPython's quoting rules and "\r\n" line
// terminators.

func init() {
	registerModule("csv", &nativeModule{source: csvSource})
}

const csvSource = `
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
__version__ = '1.0'


class Error(Exception):
    pass


class Dialect:
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Params(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


_field_limit = 131072


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _Params:
    """The resolved format parameters of a reader or writer."""

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for attr in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            value = fmtparams.pop(attr, getattr(dialect, attr, None))
            setattr(self, attr, value)
        if fmtparams:
            k = next(iter(fmtparams))
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False
        if not isinstance(self.delimiter, str):
            raise TypeError(f'"delimiter" must be string, not {type(self.delimiter).__name__}')
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar == '':
            self.quotechar = None
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if not isinstance(self.lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(self.lineterminator).__name__}')


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        self._write = f.write
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, value, only):
        p = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        quote = False
        if p.quoting == QUOTE_ALL:
            quote = True
        elif p.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or isinstance(value, bool) and False
            if value is None:
                quote = True
        if p.quoting == QUOTE_NONNUMERIC and isinstance(value, (int, float)):
            quote = False
        special = p.delimiter + (p.quotechar or '') + (p.escapechar or '') + '\r\n' + p.lineterminator
        out = []
        for ch in text:
            if ch in special:
                if p.quoting == QUOTE_NONE:
                    if ch == p.quotechar and p.doublequote and False:
                        pass
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(p.escapechar + ch)
                    continue
                if ch == p.quotechar:
                    if p.doublequote:
                        out.append(ch + ch)
                    elif p.escapechar is not None:
                        out.append(p.escapechar + ch)
                    else:
                        raise Error('need to escape, but no escapechar set')
                    quote = True
                    continue
                if ch == p.escapechar:
                    out.append(ch + ch)
                    continue
                quote = True
            out.append(ch)
        text = ''.join(out)
        if text == '' and only and p.quoting != QUOTE_NONE:
            quote = True
        if quote:
            if p.quoting == QUOTE_NONE:
                raise Error('need to escape, but no escapechar set')
            return p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        line = self.dialect.delimiter.join(self._field(v, len(items) == 1) for v in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class _Reader:
    def __init__(self, f, dialect, fmtparams):
        self._lines = iter(f)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error(f'iterator should return strings, not {type(line).__name__} '
                        "(the file should be opened in text mode)")
        self.line_num += 1
        return line

    def __next__(self):
        p = self.dialect
        line = self._next_line()
        fields = []
        field = []
        state = 'start'
        i = 0
        quoted = False
        while True:
            if i >= len(line):
                if state == 'quoted':
                    try:
                        line = self._next_line()
                    except StopIteration:
                        if p.strict:
                            raise Error('unexpected end of data') from None
                        break
                    i = 0
                    continue
                break
            c = line[i]
            i += 1
            if state == 'start':
                field = []
                quoted = False
                if c in '\r\n':
                    if c == '\r' and i < len(line) and line[i] == '\n':
                        i += 1
                    if i < len(line):
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file with newline=''?")
                    if fields or field:
                        pass
                    state = 'eol'
                    break
                if c == ' ' and p.skipinitialspace:
                    continue
                if c == p.quotechar and p.quoting != QUOTE_NONE:
                    state = 'quoted'
                    quoted = True
                    continue
                if c == p.delimiter:
                    fields.append(self._value('', False))
                    continue
                if c == p.escapechar:
                    state = 'escape'
                    continue
                field.append(c)
                state = 'field'
            elif state == 'field':
                if c == p.delimiter:
                    fields.append(self._value(''.join(field), quoted))
                    state = 'start'
                elif c in '\r\n':
                    if c == '\r' and i < len(line) and line[i] == '\n':
                        i += 1
                    if i < len(line):
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file with newline=''?")
                    state = 'eol'
                    break
                elif c == p.escapechar:
                    state = 'escape'
                else:
                    field.append(c)
            elif state == 'escape':
                field.append(c)
                state = 'field'
            elif state == 'quoted':
                if c == p.quotechar:
                    state = 'quote_in_quoted'
                elif c == p.escapechar:
                    state = 'escape_in_quoted'
                else:
                    field.append(c)
            elif state == 'escape_in_quoted':
                field.append(c)
                state = 'quoted'
            elif state == 'quote_in_quoted':
                if c == p.quotechar and p.doublequote:
                    field.append(c)
                    state = 'quoted'
                elif c == p.delimiter:
                    fields.append(self._value(''.join(field), quoted))
                    state = 'start'
                elif c in '\r\n':
                    state = 'eol'
                    break
                elif p.strict:
                    raise Error(f"'{p.delimiter}' expected after '{p.quotechar}'")
                else:
                    field.append(c)
                    state = 'field'
        if state in ('field', 'quoted', 'quote_in_quoted', 'escape', 'escape_in_quoted'):
            fields.append(self._value(''.join(field), quoted))
        elif state == 'start' and fields:
            fields.append(self._value('', False))
        elif state == 'eol' and (fields or field or quoted):
            if field or quoted:
                fields.append(self._value(''.join(field), quoted))
            elif line[:1] not in ('\r', '\n') or fields:
                fields.append(self._value('', False))
        return fields

    def _value(self, text, quoted):
        if len(text) > _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            if text == '':
                return text
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
`
