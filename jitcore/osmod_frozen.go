package jitcore

import (
	"fmt"
	"strings"
)

// The parts of os that a script's exception can travel through: in
// CPython they are Python code frozen into the interpreter, and a
// traceback shows their frames as `File "<frozen os>", line 679, in
// __getitem__` (no source text). jitlens runs its own code for them under
// the same file names, with each statement that can appear in a traceback
// on the line CPython 3.11 reports, so the tracebacks match.

// frozenLine is one line of a line-aligned source.
type frozenLine struct {
	n    int
	text string
}

// frozenLines assembles a source with every line at its number; the gaps
// are blank lines.
func frozenLines(lines []frozenLine) string {
	var b strings.Builder
	cur := 1
	for _, l := range lines {
		if l.n < cur {
			panic(fmt.Sprintf("jitlens: frozen source line %d placed after line %d", l.n, cur-1))
		}
		b.WriteString(strings.Repeat("\n", l.n-cur))
		b.WriteString(l.text + "\n")
		cur = l.n + 1
	}
	return b.String()
}

// frozenMappingLines are the Mapping and MutableMapping methods os.environ
// inherits ("<frozen _collections_abc>").
var frozenMappingLines = []frozenLine{
	{754, "class _Mapping:"},
	{771, "    def get(self, key, default=None):"},
	{773, "        try:"},
	{774, "            return self[key]"},
	{775, "        except KeyError:"},
	{776, "            return default"},
	{778, "    def __contains__(self, key):"},
	{779, "        try:"},
	{780, "            self[key]"},
	{781, "        except KeyError:"},
	{782, "            return False"},
	{783, "        else:"},
	{784, "            return True"},
	{798, "    def __eq__(self, other):"},
	{799, "        if not hasattr(other, 'items'):"},
	{800, "            return NotImplemented"},
	{801, "        return dict(self.items()) == dict(other.items())"},
	{803, "    __reversed__ = None"},
	{886, "class _MutableMapping(_Mapping):"},
	{905, "    _marker = object()"},
	{907, "    def pop(self, key, default=_marker):"},
	{911, "        try:"},
	{912, "            value = self[key]"},
	{913, "        except KeyError:"},
	{914, "            if default is self._marker:"},
	{915, "                raise"},
	{916, "            return default"},
	{917, "        else:"},
	{918, "            del self[key]"},
	{919, "            return value"},
	{921, "    def popitem(self):"},
	{925, "        try:"},
	{926, "            key = next(iter(self))"},
	{927, "        except StopIteration:"},
	{928, "            raise KeyError from None"},
	{929, "        value = self[key]"},
	{930, "        del self[key]"},
	{931, "        return key, value"},
	{933, "    def clear(self):"},
	{935, "        try:"},
	{936, "            while True:"},
	{937, "                self.popitem()"},
	{938, "        except KeyError:"},
	{939, "            pass"},
	{941, "    def update(self, other=(), /, **kwds):"},
	{946, "        if isinstance(other, dict):"},
	{947, "            for key in other:"},
	{949, "                self[key] = other[key]"},
	{950, "        elif hasattr(other, 'keys'):"},
	{951, "            for key in other.keys():"},
	{952, "                self[key] = other[key]"},
	{953, "        else:"},
	{954, "            for key, value in other:"},
	{955, "                self[key] = value"},
	{956, "        for key, value in kwds.items():"},
	{957, "            self[key] = value"},
}

// frozenOSLines are os.makedirs, os.removedirs, os.environ and os.getenv
// ("<frozen os>"). os.environ belongs to the VM: it starts as the process
// environment and a script's changes stay in its run (jitlens starts no
// child process that could see them).
var frozenOSLines = []frozenLine{
	{200, "def makedirs(name, mode=0o777, exist_ok=False):"},
	{202, "    head, tail = path.split(name)"},
	{203, "    if not tail:"},
	{204, "        head, tail = path.split(head)"},
	{205, "    if head and tail and not path.exists(head):"},
	{206, "        try:"},
	{215, "            makedirs(head, exist_ok=exist_ok)"},
	{216, "        except FileExistsError:"},
	{217, "            pass  # created meanwhile"},
	{218, "        if tail == curdir:"},
	{219, "            return"},
	{224, "    try:"},
	{225, "        mkdir(name, mode)"},
	{226, "    except OSError:"},
	{227, "        if not exist_ok or not path.isdir(name):"},
	{228, "            raise"},
	{232, "def removedirs(name):"},
	{243, "    rmdir(name)"},
	{244, "    head, tail = path.split(name)"},
	{245, "    if not tail:"},
	{246, "        head, tail = path.split(head)"},
	{247, "    while head and tail:"},
	{248, "        try:"},
	{249, "            rmdir(head)"},
	{250, "        except OSError:"},
	{251, "            break"},
	{252, "        head, tail = path.split(head)"},
	{666, "class _Environ(_MutableMapping):"},
	{667, "    def __init__(self, data, encode):"},
	{668, "        self._data = data"},
	{669, "        self.encodekey = encode"},
	{670, "        self.encodevalue = encode"},
	{674, "    def __getitem__(self, key):"},
	{675, "        try:"},
	{676, "            value = self._data[self.encodekey(key)]"},
	{677, "        except KeyError:"},
	{678, "            # the message shows the key as given"},
	{679, "            raise KeyError(key) from None"},
	{680, "        return value"},
	{682, "    def __setitem__(self, key, value):"},
	{683, "        key = self.encodekey(key)"},
	{684, "        value = self.encodevalue(value)"},
	{685, "        _putenv_check(key, value)"},
	{686, "        self._data[key] = value"},
	{688, "    def __delitem__(self, key):"},
	{689, "        encodedkey = self.encodekey(key)"},
	{691, "        try:"},
	{692, "            del self._data[encodedkey]"},
	{693, "        except KeyError:"},
	{694, "            # the message shows the key as given"},
	{695, "            raise KeyError(key) from None"},
	{697, "    def __iter__(self):"},
	{699, "        keys = list(self._data)"},
	{700, "        for key in keys:"},
	{701, "            yield key"},
	{703, "    def __len__(self):"},
	{704, "        return len(self._data)"},
	{706, "    def __repr__(self):"},
	{707, "        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())"},
	{708, "        return f'environ({{{items}}})'"},
	{709, "    def keys(self): return self._data.keys()"},
	{710, "    def items(self): return self._data.items()"},
	{711, "    def values(self): return self._data.values()"},
	{712, "    __hash__ = None"},
	{713, "    def copy(self):"},
	{714, "        return dict(self)"},
	{716, "    def setdefault(self, key, value):"},
	{717, "        if key not in self:"},
	{718, "            self[key] = value"},
	{719, "        return self[key]"},
	{721, "    def __ior__(self, other):"},
	{722, "        self.update(other)"},
	{723, "        return self"},
	{725, "    def __or__(self, other):"},
	{726, "        if not isinstance(other, (dict, _Environ)):"},
	{727, "            return NotImplemented"},
	{728, "        new = dict(self)"},
	{729, "        new.update(other)"},
	{730, "        return new"},
	{732, "    def __ror__(self, other):"},
	{733, "        if not isinstance(other, (dict, _Environ)):"},
	{734, "            return NotImplemented"},
	{735, "        new = dict(other)"},
	{736, "        new.update(self)"},
	{737, "        return new"},
	{739, "def _createenviron():"},
	{756, "    def encode(value):"},
	{757, "        if not isinstance(value, str):"},
	{758, "            raise TypeError('str expected, not %s' % type(value).__name__)"},
	{759, "        return value"},
	{765, "    return _Environ(_environ_data, encode)"},
	{769, "environ = _createenviron()"},
	{770, "del _createenviron"},
	{773, "def getenv(key, default=None):"},
	{777, "    return environ.get(key, default)"},
}
