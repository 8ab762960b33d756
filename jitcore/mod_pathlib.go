package jitcore

// The pathlib module (POSIX paths), in Python on the engine, over os.

func init() {
	registerModule("pathlib", &nativeModule{source: pathlibSource})
}

const pathlibSource = `
import os as _os
import re as _re


def _parse(parts):
    drv_root = ''
    items = []
    for a in parts:
        if isinstance(a, PurePath):
            a = str(a)
        elif not isinstance(a, str):
            a = _os.fspath(a)
        if a.startswith('/'):
            drv_root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            items = []
        for c in a.split('/'):
            if c and c != '.':
                items.append(c)
    return drv_root, items


class _Parents:
    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._path._make(self._path._root, self._path._parts[:self._n - 1 - i])

    def __iter__(self):
        return (self[i] for i in range(self._n))

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


def _glob_regex(pattern):
    out = []
    for ch in pattern:
        if ch == '*':
            out.append('[^/]*')
        elif ch == '?':
            out.append('[^/]')
        else:
            out.append(_re.escape(ch))
    return _re.compile(''.join(out) + r'\Z')


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        root, parts = _parse(args)
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        return self

    def __str__(self):
        s = self._root + '/'.join(self._parts)
        return s or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) == (other._root, other._parts)

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) < (other._root, other._parts)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) <= (other._root, other._parts)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) > (other._root, other._parts)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) >= (other._root, other._parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._make(root, parts)

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = str(self._make(root, parts))
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.'
                             .format(str(self), formatted))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = PurePath(pattern)
        pparts = pat._parts
        if pat._root:
            if len(pparts) != len(self._parts) or not self._root:
                return False
        elif len(pparts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pparts)):
            if not _glob_regex(p).match(part):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        root, parts = _parse(args)
        return cls._make(root, parts)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser('~'))

    def absolute(self):
        if self._root:
            return self
        return type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        p = _os.path.normpath(_os.path.abspath(str(self)))
        if strict and not _os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', p)
        return type(self)(p)

    def expanduser(self):
        return type(self)(_os.path.expanduser(str(self)))

    def stat(self):
        return _os.stat(str(self))

    def exists(self):
        return _os.path.exists(str(self))

    def is_file(self):
        return _os.path.isfile(str(self))

    def is_dir(self):
        return _os.path.isdir(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        kwargs = {}
        if encoding is not None:
            kwargs['encoding'] = encoding
        if newline is not None:
            kwargs['newline'] = newline
        return open(str(self), mode, **kwargs)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            _os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        _os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other):
        return self.resolve() == type(self)(other).resolve()

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def _select(self, parts, base):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            for root, dirs, files in _os.walk(str(base)):
                rel = type(self)(root)
                yield from self._select(rest, rel) if rest else [rel]
            return
        if not base.is_dir():
            return
        if not any(c in head for c in '*?['):
            child = base / head
            if child.exists():
                yield from self._select(rest, child)
            return
        rx = _glob_regex(head)
        for name in sorted(_os.listdir(str(base))):
            if rx.match(name) and (not name.startswith('.') or head.startswith('.')):
                yield from self._select(rest, base / name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        parts = PurePath(pattern)._parts
        seen = set()
        for p in self._select(parts, self):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)


class PosixPath(Path, PurePosixPath):
    pass
`
