package jitcore

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// addOSFunctions completes the engine's os module (osmod.go) with the
// directory functions, walk and the remaining os.path functions.
func addOSFunctions(d, pd *Dict) {
	setIfMissing := func(dict *Dict, name string, fn builtinFn) {
		if _, ok := dict.getStr(name); !ok {
			dict.setStr(name, Obj(newBuiltin(name, fn)))
		}
	}
	for name, fn := range map[string]builtinFn{
		"mkdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("mkdir", args, kw, []string{"path", "mode", "*", "dir_fd"}, 1)
			if err != nil {
				return Null, err
			}
			p, err := vm.fsPath(vals[0])
			if err != nil {
				return Null, err
			}
			mode := os.FileMode(0o777)
			if !vals[1].IsNull() {
				mode = os.FileMode(intBase(vals[1]).n)
			}
			if err := os.Mkdir(p, mode); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"makedirs": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("makedirs", args, kw, []string{"name", "mode", "exist_ok"}, 1)
			if err != nil {
				return Null, err
			}
			p, err := vm.fsPath(vals[0])
			if err != nil {
				return Null, err
			}
			existOK := false
			if !vals[2].IsNull() {
				if existOK, err = vm.truth(vals[2]); err != nil {
					return Null, err
				}
			}
			if st, err := os.Stat(p); err == nil {
				if existOK && st.IsDir() {
					return None, nil
				}
				return Null, osError(&os.PathError{Op: "mkdir", Path: p, Err: syscall.EEXIST}, p)
			}
			mode := os.FileMode(0o777)
			if !vals[1].IsNull() {
				mode = os.FileMode(intBase(vals[1]).n)
			}
			if err := os.MkdirAll(p, mode); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"rmdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg("rmdir", args, kw)
			if err != nil {
				return Null, err
			}
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return Null, osError(&os.PathError{Op: "rmdir", Path: p, Err: syscall.ENOTDIR}, p)
			}
			if err := syscall.Rmdir(p); err != nil {
				return Null, osError(&os.PathError{Op: "rmdir", Path: p, Err: err}, p)
			}
			return None, nil
		},
		"rename":  osRename,
		"replace": osRename,
		"getpid": func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(os.Getpid())), nil
		},
		"chdir": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg("chdir", args, kw)
			if err != nil {
				return Null, err
			}
			if err := os.Chdir(p); err != nil {
				return Null, osError(err, p)
			}
			return None, nil
		},
		"close": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("close", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if err := syscall.Close(int(intBase(args[0]).n)); err != nil {
				return Null, osError(&os.PathError{Op: "close", Err: err}, "")
			}
			return None, nil
		},
		"walk": osWalk,
		"open": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("open", args, kw, []string{"path", "flags", "mode"}, 2)
			if err != nil {
				return Null, err
			}
			p, err := vm.fsPath(vals[0])
			if err != nil {
				return Null, err
			}
			mode := uint32(0o777)
			if !vals[2].IsNull() {
				mode = uint32(intBase(vals[2]).n)
			}
			fd, err := syscall.Open(p, int(intBase(vals[1]).n)|syscall.O_CLOEXEC, mode)
			if err != nil {
				return Null, osError(&os.PathError{Op: "open", Path: p, Err: err}, p)
			}
			return Int(int64(fd)), nil
		},
		"stat": func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg("stat", args, kw)
			if err != nil {
				return Null, err
			}
			st, err := os.Stat(p)
			if err != nil {
				return Null, osError(err, p)
			}
			mtime := float64(st.ModTime().UnixNano()) / 1e9
			return makeStructSeq("os.stat_result", []string{"st_mode", "st_size", "st_mtime"},
				[]Value{Int(int64(statMode(st))), Int(st.Size()), Float(mtime)}), nil
		},
		"fspath": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("fspath", args, kw, 1, 1); err != nil {
				return Null, err
			}
			p, err := vm.fsPath(args[0])
			if err != nil {
				return Null, err
			}
			return Str(p), nil
		},
	} {
		setIfMissing(d, name, fn)
	}
	strFn := func(name string, f func(string) string) {
		setIfMissing(pd, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			p, err := vm.fsPathArg(name, args, kw)
			if err != nil {
				return Null, err
			}
			return Str(f(p)), nil
		})
	}
	strFn("normpath", pyNormpath)
	strFn("expanduser", func(p string) string {
		if strings.HasPrefix(p, "~") {
			if home, err := os.UserHomeDir(); err == nil && (p == "~" || strings.HasPrefix(p, "~/")) {
				return home + p[1:]
			}
		}
		return p
	})
	setIfMissing(pd, "isabs", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := vm.fsPathArg("isabs", args, kw)
		return Bool(strings.HasPrefix(p, "/")), err
	})
	setIfMissing(pd, "split", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := vm.fsPathArg("split", args, kw)
		if err != nil {
			return Null, err
		}
		i := strings.LastIndex(p, "/") + 1
		head, tail := p[:i], p[i:]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return NewTuple(Str(head), Str(tail)), nil
	})
	setIfMissing(pd, "relpath", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("relpath", args, kw, []string{"path", "start"}, 1)
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
		ap, _ := filepath.Abs(p)
		as, _ := filepath.Abs(start)
		r, err := filepath.Rel(as, ap)
		if err != nil {
			return Null, newValueError(err.Error())
		}
		return Str(r), nil
	})
	setIfMissing(pd, "getmtime", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := vm.fsPathArg("getmtime", args, kw)
		if err != nil {
			return Null, err
		}
		st, err := os.Stat(p)
		if err != nil {
			return Null, osError(err, p)
		}
		return Float(float64(st.ModTime().UnixNano()) / 1e9), nil
	})
	pd.setStr("sep", Str("/"))
	for name, v := range map[string]int{"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY,
		"O_RDWR": syscall.O_RDWR, "O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL,
		"O_TRUNC": syscall.O_TRUNC, "O_APPEND": syscall.O_APPEND} {
		if _, ok := d.getStr(name); !ok {
			d.setStr(name, Int(int64(v)))
		}
	}
}

// statMode is st_mode: the permission bits with the file type bits.
func statMode(st os.FileInfo) uint32 {
	m := uint32(st.Mode().Perm())
	switch {
	case st.IsDir():
		m |= syscall.S_IFDIR
	case st.Mode()&os.ModeSymlink != 0:
		m |= syscall.S_IFLNK
	default:
		m |= syscall.S_IFREG
	}
	return m
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
	}
	return "", typeErrorf("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
}

func (vm *VM) fsPathArg(name string, args []Value, kw []string) (string, error) {
	vals, err := parseArgs(name, args, kw, []string{"path"}, 1)
	if err != nil {
		return "", err
	}
	return vm.fsPath(vals[0])
}

func osRename(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("rename", args, kw, []string{"src", "dst"}, 2)
	if err != nil {
		return Null, err
	}
	src, err := vm.fsPath(vals[0])
	if err != nil {
		return Null, err
	}
	dst, err := vm.fsPath(vals[1])
	if err != nil {
		return Null, err
	}
	if err := os.Rename(src, dst); err != nil {
		e := osError(err, src)
		if ex, ok := e.(*Exception); ok && ex.dict != nil {
			ex.dict.setStr("filename2", Str(dst))
		}
		return Null, e
	}
	return None, nil
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

// osWalk is os.walk: lazy and top-down by default, so a caller may prune
// the dirnames list it receives.
func osWalk(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("walk", args, kw, []string{"top", "topdown", "onerror", "followlinks"}, 1)
	if err != nil {
		return Null, err
	}
	top, err := vm.fsPath(vals[0])
	if err != nil {
		return Null, err
	}
	topdown := true
	if !vals[1].IsNull() {
		if topdown, err = vm.truth(vals[1]); err != nil {
			return Null, err
		}
	}
	type level struct {
		dir  string
		subs *List
	}
	list := func(dir string) (Value, *List, []Value, bool) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return Null, nil, nil, false
		}
		var dirs, files []string
		for _, e := range entries {
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && st.IsDir() {
					isDir = true
				}
			}
			if isDir {
				dirs = append(dirs, e.Name())
			} else {
				files = append(files, e.Name())
			}
		}
		sort.Strings(dirs)
		sort.Strings(files)
		dv := make([]Value, len(dirs))
		for i, n := range dirs {
			dv[i] = Str(n)
		}
		fv := make([]Value, len(files))
		for i, n := range files {
			fv[i] = Str(n)
		}
		dl := &List{items: dv}
		return NewTuple(Str(dir), Obj(dl), NewList(fv)), dl, dv, true
	}
	join := func(dir, name string) string {
		if strings.HasSuffix(dir, "/") {
			return dir + name
		}
		return dir + "/" + name
	}
	var results []Value // for bottom-up walks, computed eagerly
	if !topdown {
		var visit func(dir string)
		visit = func(dir string) {
			t, dl, _, ok := list(dir)
			if !ok {
				return
			}
			for _, n := range dl.items {
				s, _ := asStr(n)
				visit(join(dir, s))
			}
			results = append(results, t)
		}
		visit(top)
		return Obj(sliceIter(listIterType, results)), nil
	}
	stack := []string{top}
	var pending *level
	it := &funcIter{t: listIterType, fn: func(vm *VM) (Value, bool, error) {
		if pending != nil {
			// descend into what is left of the list the caller saw
			for i := len(pending.subs.items) - 1; i >= 0; i-- {
				s, _ := asStr(pending.subs.items[i])
				stack = append(stack, join(pending.dir, s))
			}
			pending = nil
		}
		for len(stack) > 0 {
			dir := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			t, dl, _, ok := list(dir)
			if !ok {
				continue
			}
			pending = &level{dir: dir, subs: dl}
			return t, true, nil
		}
		return Null, false, nil
	}}
	return Obj(it), nil
}
