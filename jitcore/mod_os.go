package jitcore

import (
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
)

// The Go half of the os and os.path modules: the system calls and the
// string functions. osmod.go builds the modules and runs their Python half
// (environ, scandir, walk, makedirs, stat_result...).

// osFunctions are the os module's functions written in Go; names starting
// with an underscore are helpers for the module's Python half.
func osFunctions(env *Dict) map[string]builtinFn {
	return map[string]builtinFn{
		"getcwd": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("getcwd", args, kw, 0, 0); err != nil {
				return Null, err
			}
			wd, err := os.Getwd()
			if err != nil {
				return Null, osError(err, "")
			}
			return Str(wd), nil
		},
		"chdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.osPathArg("chdir", args, kw, true)
			if err != nil {
				return Null, err
			}
			if err := syscall.Chdir(p); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"listdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("listdir", args, kw, []string{"path"}, 0)
			if err != nil {
				return Null, err
			}
			p := "."
			if !vals[0].IsNull() && !vals[0].IsNone() {
				if p, err = vm.osPath("listdir", vals[0], true); err != nil {
					return Null, err
				}
			}
			entries, err := readDirOrder(p)
			if err != nil {
				return Null, osError(err, p)
			}
			names := make([]string, len(entries))
			for i, e := range entries {
				names[i] = e.Name()
			}
			return strList(names), nil
		},
		// _scandir lists a folder in the file system's order as (name,
		// kind) pairs, kind being "d", "f", "l" (symbolic link) or "o".
		"_scandir": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.osPathArg("scandir", args, kw, true)
			if err != nil {
				return Null, err
			}
			entries, err := readDirOrder(p)
			if err != nil {
				return Null, osError(err, p)
			}
			out := make([]Value, len(entries))
			for i, e := range entries {
				kind := "o"
				switch t := e.Type(); {
				case t&os.ModeSymlink != 0:
					kind = "l"
				case t.IsDir():
					kind = "d"
				case t.IsRegular():
					kind = "f"
				}
				out[i] = NewTuple(Str(e.Name()), Str(kind))
			}
			return NewList(out), nil
		},
		"mkdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("mkdir", args, kw, []string{"path", "mode", "*", "dir_fd"}, 1)
			if err != nil {
				return Null, err
			}
			p, err := vm.osPath("mkdir", vals[0], false)
			if err != nil {
				return Null, err
			}
			mode := uint32(0o777)
			if !vals[1].IsNull() {
				mode = uint32(intBase(vals[1]).n)
			}
			if err := syscall.Mkdir(p, mode); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"remove": osUnlink("remove"),
		"unlink": osUnlink("unlink"),
		"rmdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.osPathArg("rmdir", args, kw, false)
			if err != nil {
				return Null, err
			}
			if err := syscall.Rmdir(p); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"rename":  osRename("rename"),
		"replace": osRename("replace"),
		// _stat is the fields of os.stat_result: the ten of the tuple, the
		// float times and the nanosecond times.
		"_stat": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("stat", args, kw, []string{"path", "follow_symlinks"}, 2)
			if err != nil {
				return Null, err
			}
			p, err := vm.osPath("stat", vals[0], true)
			if err != nil {
				return Null, err
			}
			follow, err := vm.truth(vals[1])
			if err != nil {
				return Null, err
			}
			var st syscall.Stat_t
			if follow {
				err = syscall.Stat(p, &st)
			} else {
				err = syscall.Lstat(p, &st)
			}
			if err != nil {
				return Null, osError(err, p)
			}
			ns := func(t syscall.Timespec) int64 { return t.Sec*1e9 + t.Nsec }
			sec := func(t syscall.Timespec) float64 { return float64(t.Sec) + float64(t.Nsec)*1e-9 }
			return NewTuple(Int(int64(st.Mode)), Int(int64(st.Ino)), Int(int64(st.Dev)), Int(int64(st.Nlink)),
				Int(int64(st.Uid)), Int(int64(st.Gid)), Int(st.Size),
				Int(st.Atim.Sec), Int(st.Mtim.Sec), Int(st.Ctim.Sec),
				Float(sec(st.Atim)), Float(sec(st.Mtim)), Float(sec(st.Ctim)),
				Int(ns(st.Atim)), Int(ns(st.Mtim)), Int(ns(st.Ctim))), nil
		},
		"getpid": func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(os.Getpid())), exactArgs("getpid", args, kw, 0, 0)
		},
		"getppid": func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(os.Getppid())), exactArgs("getppid", args, kw, 0, 0)
		},
		"cpu_count": func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(runtime.NumCPU())), exactArgs("cpu_count", args, kw, 0, 0)
		},
		"strerror": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("strerror", args, kw, 1, 1); err != nil {
				return Null, err
			}
			n := intBase(args[0]).n
			msg := syscall.Errno(n).Error()
			if strings.HasPrefix(msg, "errno ") {
				return Str(sprintf("Unknown error %d", n)), nil
			}
			return Str(strings.ToUpper(msg[:1]) + msg[1:]), nil
		},
		"access": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("access", args, kw, []string{"path", "mode"}, 2)
			if err != nil {
				return Null, err
			}
			p, err := vm.osPath("access", vals[0], true)
			if err != nil {
				return Null, err
			}
			return Bool(syscall.Access(p, uint32(intBase(vals[1]).n)) == nil), nil
		},
		"symlink": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("symlink", args, kw, []string{"src", "dst", "target_is_directory"}, 2)
			if err != nil {
				return Null, err
			}
			src, err := vm.osPath("symlink", vals[0], false)
			if err != nil {
				return Null, err
			}
			dst, err := vm.osPath("symlink", vals[1], false)
			if err != nil {
				return Null, err
			}
			if err := syscall.Symlink(src, dst); err != nil {
				return Null, osError2(err, src, dst)
			}
			return None, nil
		},
		"readlink": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.osPathArg("readlink", args, kw, false)
			if err != nil {
				return Null, err
			}
			r, err := os.Readlink(p)
			if err != nil {
				return Null, osError(err, p)
			}
			return Str(r), nil
		},
		// _putenv_check raises what CPython's putenv raises for a name or
		// value the environment cannot hold (os.environ's __setitem__)
		"_putenv_check": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("_putenv_check", args, kw, 2, 2); err != nil {
				return Null, err
			}
			k, _ := asStr(args[0])
			v, _ := asStr(args[1])
			switch {
			case strings.ContainsRune(k, 0) || strings.ContainsRune(v, 0):
				return Null, newValueError("embedded null byte")
			case strings.Contains(k, "="):
				return Null, newValueError("illegal environment variable name")
			case k == "":
				return Null, osError(syscall.EINVAL, "")
			}
			return None, nil
		},
		// putenv and unsetenv change the process environment only, as in
		// CPython (os.environ does not see them).
		"putenv": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("putenv", args, kw, 2, 2); err != nil {
				return Null, err
			}
			k, ok1 := asStr(args[0])
			v, ok2 := asStr(args[1])
			if !ok1 || !ok2 {
				return Null, typeErrorf("str expected")
			}
			if k == "" || strings.Contains(k, "=") {
				return Null, newValueError("illegal environment variable name")
			}
			return None, os.Setenv(k, v)
		},
		"unsetenv": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("unsetenv", args, kw, 1, 1); err != nil {
				return Null, err
			}
			k, _ := asStr(args[0])
			return None, os.Unsetenv(k)
		},
		"close": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("close", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if err := syscall.Close(int(intBase(args[0]).n)); err != nil {
				return Null, osError(err, "")
			}
			return None, nil
		},
		"open": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("open", args, kw, []string{"path", "flags", "mode"}, 2)
			if err != nil {
				return Null, err
			}
			p, err := vm.osPath("open", vals[0], false)
			if err != nil {
				return Null, err
			}
			mode := uint32(0o777)
			if !vals[2].IsNull() {
				mode = uint32(intBase(vals[2]).n)
			}
			fd, err := syscall.Open(p, int(intBase(vals[1]).n)|syscall.O_CLOEXEC, mode)
			if err != nil {
				return Null, osError(err, p)
			}
			return Int(int64(fd)), nil
		},
		"fspath": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("fspath", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if s, ok := asStr(args[0]); ok {
				return Str(s), nil
			}
			if b, ok := args[0].o.(*Bytes); ok && args[0].k == kObj && !b.mutable {
				return args[0], nil
			}
			p, err := vm.fsPath(args[0])
			if err != nil {
				return Null, err
			}
			return Str(p), nil
		},
	}
}

// osPathFunctions are os.path's functions written in Go; env is the
// os.environ data (expanduser and expandvars read it).
func osPathFunctions(env *Dict) map[string]builtinFn {
	strFn := func(name string, f func(string) Value) builtinFn {
		return func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg(name, args, kw)
			if err != nil {
				return Null, err
			}
			return f(p), nil
		}
	}
	// stat-based predicates are False for a path that cannot be stat'ed
	statFn := func(name string, follow bool, f func(st *syscall.Stat_t) bool) builtinFn {
		return func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg(name, args, kw)
			if err != nil {
				return Null, err
			}
			var st syscall.Stat_t
			if follow {
				err = syscall.Stat(p, &st)
			} else {
				err = syscall.Lstat(p, &st)
			}
			return Bool(err == nil && f(&st)), nil
		}
	}
	statValue := func(name string, f func(st *syscall.Stat_t) Value) builtinFn {
		return func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg(name, args, kw)
			if err != nil {
				return Null, err
			}
			var st syscall.Stat_t
			if err := syscall.Stat(p, &st); err != nil {
				return Null, osError(err, p)
			}
			return f(&st), nil
		}
	}
	seconds := func(t syscall.Timespec) Value { return Float(float64(t.Sec) + float64(t.Nsec)*1e-9) }
	getenv := func(k string) (string, bool) {
		if v, ok := env.getStr(k); ok {
			return asStr(v)
		}
		return "", false
	}
	return map[string]builtinFn{
		"join": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := noKw("join", kw); err != nil {
				return Null, err
			}
			if len(args) == 0 {
				return Null, typeErrorf("join() missing 1 required positional argument: 'a'")
			}
			out, err := vm.fsPath(args[0])
			if err != nil {
				return Null, err
			}
			for _, a := range args[1:] {
				s, err := vm.fsPath(a)
				if err != nil {
					return Null, typeErrorf("join() argument must be str, bytes, or os.PathLike object, not '%s'", a.Type().tpName())
				}
				switch {
				case strings.HasPrefix(s, "/"):
					out = s
				case out == "" || strings.HasSuffix(out, "/"):
					out += s
				default:
					out += "/" + s
				}
			}
			return Str(out), nil
		},
		"split": strFn("split", func(p string) Value {
			head, tail := pySplitPath(p)
			return NewTuple(Str(head), Str(tail))
		}),
		"splitext": strFn("splitext", func(p string) Value {
			root, ext := pySplitext(p)
			return NewTuple(Str(root), Str(ext))
		}),
		"basename": strFn("basename", func(p string) Value { return Str(p[strings.LastIndex(p, "/")+1:]) }),
		"dirname": strFn("dirname", func(p string) Value {
			head, _ := pySplitPath(p)
			return Str(head)
		}),
		"normpath": strFn("normpath", func(p string) Value { return Str(pyNormpath(p)) }),
		"abspath": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg("abspath", args, kw)
			if err != nil {
				return Null, err
			}
			a, err := pyAbspath(p)
			if err != nil {
				return Null, err
			}
			return Str(a), nil
		},
		"isabs":    strFn("isabs", func(p string) Value { return Bool(strings.HasPrefix(p, "/")) }),
		"exists":   statFn("exists", true, func(*syscall.Stat_t) bool { return true }),
		"lexists":  statFn("lexists", false, func(*syscall.Stat_t) bool { return true }),
		"isfile":   statFn("isfile", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFREG }),
		"isdir":    statFn("isdir", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFDIR }),
		"islink":   statFn("islink", false, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFLNK }),
		"getsize":  statValue("getsize", func(st *syscall.Stat_t) Value { return Int(st.Size) }),
		"getmtime": statValue("getmtime", func(st *syscall.Stat_t) Value { return seconds(st.Mtim) }),
		"getatime": statValue("getatime", func(st *syscall.Stat_t) Value { return seconds(st.Atim) }),
		"getctime": statValue("getctime", func(st *syscall.Stat_t) Value { return seconds(st.Ctim) }),
		"relpath": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parsePyArgs("relpath", args, kw, []string{"path", "start"}, 1)
			if err != nil {
				return Null, err
			}
			p, err := vm.fsPath(vals[0])
			if err != nil {
				return Null, err
			}
			if p == "" {
				return Null, newValueError("no path specified")
			}
			start := "."
			if !vals[1].IsNull() && !vals[1].IsNone() {
				if start, err = vm.fsPath(vals[1]); err != nil {
					return Null, err
				}
			}
			r, err := pyRelpath(p, start)
			if err != nil {
				return Null, err
			}
			return Str(r), nil
		},
		"expanduser": strFn("expanduser", func(p string) Value { return Str(pyExpanduser(p, getenv)) }),
		"expandvars": strFn("expandvars", func(p string) Value {
			if !strings.Contains(p, "$") {
				return Str(p)
			}
			return Str(envVarPattern.ReplaceAllStringFunc(p, func(m string) string {
				name := strings.TrimPrefix(m, "$")
				if strings.HasPrefix(name, "{") {
					name = name[1 : len(name)-1]
				}
				if v, ok := getenv(name); ok {
					return v
				}
				return m
			}))
		}),
		"realpath": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parsePyArgs("realpath", args, kw, []string{"filename", "*", "strict"}, 1)
			if err != nil {
				return Null, err
			}
			p, err := vm.fsPath(vals[0])
			if err != nil {
				return Null, err
			}
			a, err := pyAbspath(p)
			if err != nil {
				return Null, err
			}
			return Str(resolveLinks(a)), nil
		},
		"samefile": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("samefile", args, kw, 2, 2); err != nil {
				return Null, err
			}
			var sts [2]syscall.Stat_t
			for i := range sts {
				p, err := vm.fsPath(args[i])
				if err != nil {
					return Null, err
				}
				if err := syscall.Stat(p, &sts[i]); err != nil {
					return Null, osError(err, p)
				}
			}
			return Bool(sts[0].Dev == sts[1].Dev && sts[0].Ino == sts[1].Ino), nil
		},
	}
}

// envVarPattern is posixpath's $name and ${name}.
var envVarPattern = regexp.MustCompile(`\$([A-Za-z0-9_]+|\{[^}]*\})`)

// readDirOrder lists a folder in the order the file system returns its
// entries, as CPython's listdir and scandir do (os.ReadDir would sort).
func readDirOrder(p string) ([]os.DirEntry, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, &os.PathError{Op: "scandir", Path: p, Err: unwrapErrno(err)}
	}
	return entries, nil
}

func unwrapErrno(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// osPath converts a path argument of an os function, with the function's
// name in the message as CPython words it.
func (vm *VM) osPath(fname string, v Value, fdOK bool) (string, error) {
	p, err := vm.fsPath(v)
	if err == nil {
		return p, nil
	}
	if e, ok := err.(*Exception); ok && e.cls == TypeErrorType {
		if fdOK {
			return "", typeErrorf("%s: path should be string, bytes, os.PathLike or integer, not %s", fname, v.Type().tpName())
		}
		return "", typeErrorf("%s: path should be string, bytes or os.PathLike, not %s", fname, v.Type().tpName())
	}
	return "", err
}

func (vm *VM) osPathArg(fname string, args []Value, kw []string, fdOK bool) (string, error) {
	vals, err := parseArgs(fname, args, kw, []string{"path"}, 1)
	if err != nil {
		return "", err
	}
	return vm.osPath(fname, vals[0], fdOK)
}

func osUnlink(name string) builtinFn {
	return func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs(name, args, kw, []string{"path", "*", "dir_fd"}, 1)
		if err != nil {
			return Null, err
		}
		p, err := vm.osPath(name, vals[0], false)
		if err != nil {
			return Null, err
		}
		// syscall.Unlink, not os.Remove: os.remove of a folder is an
		// IsADirectoryError, not an rmdir
		if err := syscall.Unlink(p); err != nil {
			return Null, osError(err, p)
		}
		return None, nil
	}
}

func osRename(name string) builtinFn {
	return func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs(name, args, kw, []string{"src", "dst", "*", "src_dir_fd", "dst_dir_fd"}, 2)
		if err != nil {
			return Null, err
		}
		src, err := vm.osPath(name, vals[0], false)
		if err != nil {
			return Null, err
		}
		dst, err := vm.osPath(name, vals[1], false)
		if err != nil {
			return Null, err
		}
		if err := syscall.Rename(src, dst); err != nil {
			return Null, osError2(err, src, dst)
		}
		return None, nil
	}
}

// osError2 is an OSError naming two files ('a' -> 'b').
func osError2(err error, src, dst string) error {
	e := osError(err, src)
	if ex, ok := e.(*Exception); ok && ex.dict != nil {
		ex.dict.setStr("filename2", Str(dst))
	}
	return e
}

// fsPath converts a str or an os.PathLike (pathlib.Path) to a path.
func (vm *VM) fsPath(v Value) (string, error) {
	if s, ok := asStr(v); ok {
		return s, nil
	}
	if b, ok := v.o.(*Bytes); ok && v.k == kObj {
		return string(b.b), nil
	}
	if m, err := vm.getAttr(v, "__fspath__"); err == nil {
		r, err := vm.call(m, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := asStr(r); ok {
			return s, nil
		}
		return "", typeErrorf("expected %s.__fspath__() to return str or bytes, not %s", v.Type().tpName(), r.Type().tpName())
	}
	return "", typeErrorf("expected str, bytes or os.PathLike object, not %s", v.Type().tpName())
}

func (vm *VM) fsPathArg(name string, args []Value, kw []string) (string, error) {
	vals, err := parsePyArgs(name, args, kw, []string{"path"}, 1)
	if err != nil {
		return "", err
	}
	return vm.fsPath(vals[0])
}

// pySplitPath is posixpath.split: the head keeps its slashes only when it
// is nothing but slashes.
func pySplitPath(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// pySplitext is posixpath.splitext: leading dots of the last component do
// not start an extension.
func pySplitext(p string) (string, string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// pyNormpath is posixpath.normpath.
func pyNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == ".."):
			out = append(out, c)
		case len(out) > 0:
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

// pyAbspath is posixpath.abspath: the path joined to the working folder,
// then normalized (no symbolic link is resolved).
func pyAbspath(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		wd, err := os.Getwd()
		if err != nil {
			return "", osError(err, "")
		}
		if strings.HasSuffix(wd, "/") {
			p = wd + p
		} else {
			p = wd + "/" + p
		}
	}
	return pyNormpath(p), nil
}

// pyRelpath is posixpath.relpath on two paths.
func pyRelpath(p, start string) (string, error) {
	parts := func(s string) ([]string, error) {
		a, err := pyAbspath(s)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, c := range strings.Split(a, "/") {
			if c != "" {
				out = append(out, c)
			}
		}
		return out, nil
	}
	sl, err := parts(start)
	if err != nil {
		return "", err
	}
	pl, err := parts(p)
	if err != nil {
		return "", err
	}
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	var rel []string
	for range sl[i:] {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return strings.Join(rel, "/"), nil
}

// pyExpanduser is posixpath.expanduser: ~ is $HOME (else the password
// database), ~name is that user's home, anything else is unchanged.
func pyExpanduser(p string, getenv func(string) (string, bool)) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.Index(p[1:], "/") + 1
	if i == 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if h, ok := getenv("HOME"); ok {
			home = h
		} else if u, err := user.Current(); err == nil {
			home = u.HomeDir
		} else {
			return p
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if r := home + p[i:]; r != "" {
		return r
	}
	return "/"
}

// resolveLinks is realpath's non-strict resolution: every existing
// symbolic link along the path is followed; the rest stays as written.
func resolveLinks(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir, base := filepath.Split(p)
	if dir == "" || dir == p || base == "" {
		return p
	}
	return pyNormpath(resolveLinks(strings.TrimSuffix(dir, "/")) + "/" + base)
}
