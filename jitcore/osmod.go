package jitcore

import (
	"os"
	"strings"
	"syscall"

	"jitlens/analysis/syntax"
	"jitlens/jitcore/compile"
)

// setupOS creates the os and os.path (posixpath) modules: CPython has them
// loaded at startup (sys.modules["os"]). Their Go half is in mod_os.go;
// the Python half below holds what is naturally Python (environ, stat
// results, scandir's entries, walk, makedirs).
func (vm *VM) setupOS() {
	d := NewDict()
	m := &Module{name: "os", dict: d}
	for _, kv := range [][2]string{{"__name__", "os"}, {"__package__", ""}} {
		d.setStr(kv[0], Str(kv[1]))
	}
	d.setStr("__doc__", None)
	// os.environ is per VM: a script's changes stay in its own run (the
	// engine starts no child process), as the environment it was given
	env := NewDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			env.setStr(k, Str(v))
		}
	}
	d.setStr("_environ_data", Obj(env))
	for name, fn := range osFunctions(env) {
		d.setStr(name, Obj(newBuiltin(name, fn)))
	}
	consts := map[string]Value{
		"name": Str("posix"), "linesep": Str("\n"), "devnull": Str("/dev/null"),
		"F_OK": Int(0), "R_OK": Int(4), "W_OK": Int(2), "X_OK": Int(1),
		"SEEK_SET": Int(0), "SEEK_CUR": Int(1), "SEEK_END": Int(2),
		"O_RDONLY": Int(syscall.O_RDONLY), "O_WRONLY": Int(syscall.O_WRONLY), "O_RDWR": Int(syscall.O_RDWR),
		"O_CREAT": Int(syscall.O_CREAT), "O_EXCL": Int(syscall.O_EXCL), "O_TRUNC": Int(syscall.O_TRUNC),
		"O_APPEND": Int(syscall.O_APPEND),
	}
	pathConsts := map[string]Value{
		"sep": Str("/"), "altsep": None, "extsep": Str("."), "pathsep": Str(":"), "curdir": Str("."),
		"pardir": Str(".."), "defpath": Str("/bin:/usr/bin"), "devnull": Str("/dev/null"),
	}
	for k, v := range consts {
		d.setStr(k, v)
	}
	pd := NewDict()
	path := &Module{name: "posixpath", dict: pd}
	pd.setStr("__name__", Str("posixpath"))
	pd.setStr("__package__", Str(""))
	pd.setStr("__doc__", None)
	for k, v := range pathConsts {
		d.setStr(k, v)
		pd.setStr(k, v)
	}
	for name, fn := range osPathFunctions(env) {
		pd.setStr(name, Obj(newBuiltin(name, fn)))
	}
	d.setStr("path", Obj(path))
	d.setStr("sys", Obj(vm.sysModule))
	vm.modules["os"] = m
	vm.modules["os.path"] = path
	vm.modules["posixpath"] = path
	if mods, ok := vm.sysModule.dict.getStr("modules"); ok {
		md := mods.o.(*Dict)
		md.setStr("sys", Obj(vm.sysModule))
		md.setStr("os", Obj(m))
		md.setStr("os.path", Obj(path))
		md.setStr("posixpath", Obj(path))
	}
	// Compiling the Python half costs milliseconds, a large part of the
	// start-up: it runs when the program first imports os, os.path or
	// posixpath (importModule), which is how programs reach them.
	vm.osHalf = func() { vm.runOSHalf(m, path) }
}

// beforeSysRead completes os before a script reaches it through the sys
// module (sys.modules, sys.__dict__, from sys import *) without importing
// it: CPython has os loaded, complete, from startup.
func (vm *VM) beforeSysRead(m *Module, name string) {
	if vm.osHalf != nil && m == vm.sysModule && (name == "modules" || name == "__dict__") {
		vm.osHalf()
	}
}

// runOSHalf runs the Python halves of os and posixpath, once.
func (vm *VM) runOSHalf(m, path *Module) {
	vm.osHalf = nil
	d, pd := m.dict, path.dict
	builtins := Obj(&Module{name: "builtins", dict: vm.builtins})
	// CPython's os.py and _collections_abc.py are frozen: their frames show
	// in tracebacks as "<frozen os>" with their own line numbers, so the
	// parts a script's error can pass through (environ, makedirs) run from
	// line-aligned sources under those names; the rest is hidden library code
	for _, part := range []struct {
		m         *Module
		file, src string
	}{
		{path, libraryFilePrefix + "posixpath>", posixpathSource},
		{m, "<frozen _collections_abc>", frozenLines(frozenMappingLines)},
		{m, "<frozen os>", frozenLines(frozenOSLines)},
		{m, libraryFilePrefix + "os>", osSource},
	} {
		part.m.dict.setStr("__builtins__", builtins)
		if err := vm.runLibrarySource(part.m, part.file, part.src); err != nil {
			panic("jitlens: the os module's Python half failed: " + err.Error())
		}
	}
	for _, n := range []string{"_environ_data"} {
		d.delStr(n)
		pd.delStr(n)
	}
}

// runLibrarySource runs Python source in a module's namespace at startup,
// before the import system exists (execModule would set it up too early,
// before sys.path knows the script).
func (vm *VM) runLibrarySource(m *Module, file, src string) error {
	tree, errs := syntax.Parse(file, []byte(src))
	if len(errs) > 0 {
		return errs[0]
	}
	code, err := compile.Module(tree, file, []byte(src))
	if err != nil {
		return err
	}
	f := &Frame{code: code, rt: vm.runtimeOf(code), globals: m.dict, locals: m.dict}
	f.s = make([]Value, len(code.VarNames)+code.StackSize)
	f.sp = len(code.VarNames)
	_, err = vm.runFrame(f)
	return err
}

// posixpathSource is the Python half of os.path.
const posixpathSource = `
def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    rooted = set(p[:1] == '/' for p in paths)
    if len(rooted) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    lo = min(parts)
    hi = max(parts)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ('/' if rooted.pop() else '') + '/'.join(common)


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        f = type(p).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__) from None
    return f(p)
`

// osSource is the Python half of os.
const osSource = `
error = OSError



class stat_result(tuple):
    n_sequence_fields = 10
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:10])
        extra = values[10:16]
        if len(extra) < 6:
            extra = tuple(float(v) for v in values[7:10]) + tuple(int(v) * 1000000000 for v in values[7:10])
        self._extra = extra
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_stat(path, False))


class DirEntry:
    __module__ = 'posix'

    def __init__(self, folder, name, kind):
        self.name = name
        self.path = path.join(folder, name)
        self._kind = kind

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 'f'

    def is_symlink(self):
        return self._kind == 'l'

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return _stat(self.path, False)[1]

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class ScandirIterator:
    __module__ = 'posix'

    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator = ScandirIterator
del ScandirIterator


def scandir(path='.'):
    if path is None:
        path = '.'
    folder = fspath(path) if not isinstance(path, str) else path
    return _ScandirIterator([DirEntry(folder, n, k) for n, k in _scandir(folder)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    below = []
    with entries:
        for entry in entries:
            is_dir = entry.is_dir()
            (dirs if is_dir else files).append(entry.name)
            if not topdown and is_dir and (followlinks or not entry.is_symlink()):
                below.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            sub = path.join(top, name)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for sub in below:
            yield from walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


class PathLike:
    def __fspath__(self):
        raise NotImplementedError
`
