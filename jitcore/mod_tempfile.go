package jitcore

// The tempfile module, in Python on the engine, over os.

func init() {
	registerModule("tempfile", &nativeModule{source: tempfileSource})
}

const tempfileSource = `
import os as _os
import random as _random

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def gettempdir():
    global tempdir
    if tempdir is None:
        for env in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(env)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempprefix():
    return template


def _names(prefix, suffix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    for _ in range(TMP_MAX):
        name = ''.join(_rng.choice(_CHARS) for _ in range(8))
        yield _os.path.abspath(_os.path.join(dir, prefix + name + suffix))


def mkdtemp(suffix=None, prefix=None, dir=None):
    for path in _names(prefix, suffix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError('No usable temporary directory name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for path in _names(prefix, suffix, dir):
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError('No usable temporary file name found')


def _rmtree(path):
    for root, dirs, files in _os.walk(path, topdown=False):
        for f in files:
            _os.remove(_os.path.join(root, f))
        for d in dirs:
            _os.rmdir(_os.path.join(root, d))
    _os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._closed:
            return
        self._closed = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete:
            try:
                _os.remove(self.name)
            except FileNotFoundError:
                pass

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    kwargs = {}
    if encoding is not None:
        kwargs['encoding'] = encoding
    if newline is not None:
        kwargs['newline'] = newline
    try:
        f = open(name, mode, **kwargs)
    except BaseException:
        _os.remove(name)
        raise
    return _TemporaryFileWrapper(f, name, delete)


TemporaryFile = NamedTemporaryFile


def SpooledTemporaryFile(max_size=0, mode='w+b', **kwargs):
    return NamedTemporaryFile(mode, **kwargs)
`
