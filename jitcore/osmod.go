package jitcore

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// setupOS registers a small `os` module: CPython has it loaded at startup
// (sys.modules["os"]) and scripts use a few of its file functions.
func (vm *VM) setupOS() {
	d := NewDict()
	m := &Module{name: "os", dict: d}
	d.setStr("__name__", Str("os"))
	def := func(dict *Dict, name string, fn builtinFn) { dict.setStr(name, Obj(newBuiltin(name, fn))) }
	pathArg := func(args []Value) (string, error) {
		if len(args) == 0 {
			return "", typeErrorf("missing path argument")
		}
		s, ok := asStr(args[0])
		if !ok {
			return "", typeErrorf("expected str, bytes or os.PathLike object, not %s", args[0].Type().Name)
		}
		return s, nil
	}
	remove := func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		if err := os.Remove(p); err != nil {
			return Null, osError(err, p)
		}
		return None, nil
	}
	def(d, "remove", remove)
	def(d, "unlink", remove)
	def(d, "getcwd", func(vm *VM, args []Value, kw []string) (Value, error) {
		wd, err := os.Getwd()
		if err != nil {
			return Null, osError(err, "")
		}
		return Str(wd), nil
	})
	def(d, "listdir", func(vm *VM, args []Value, kw []string) (Value, error) {
		p := "."
		if len(args) > 0 {
			var err error
			if p, err = pathArg(args); err != nil {
				return Null, err
			}
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return Null, osError(err, p)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		sort.Strings(names)
		return strList(names), nil
	})
	def(d, "getenv", func(vm *VM, args []Value, kw []string) (Value, error) {
		k, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		if v, ok := os.LookupEnv(k); ok {
			return Str(v), nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return None, nil
	})
	env := NewDict()
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		env.setStr(k, Str(v))
	}
	d.setStr("environ", Obj(env))
	d.setStr("sep", Str("/"))
	d.setStr("linesep", Str("\n"))
	d.setStr("name", Str("posix"))
	pd := NewDict()
	path := &Module{name: "posixpath", dict: pd}
	pd.setStr("__name__", Str("posixpath"))
	def(pd, "exists", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		_, serr := os.Stat(p)
		return Bool(serr == nil), nil
	})
	def(pd, "isfile", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		st, serr := os.Stat(p)
		return Bool(serr == nil && st.Mode().IsRegular()), nil
	})
	def(pd, "isdir", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		st, serr := os.Stat(p)
		return Bool(serr == nil && st.IsDir()), nil
	})
	def(pd, "getsize", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		st, serr := os.Stat(p)
		if serr != nil {
			return Null, osError(serr, p)
		}
		return Int(st.Size()), nil
	})
	def(pd, "join", func(vm *VM, args []Value, kw []string) (Value, error) {
		out := ""
		for _, a := range args {
			s, _ := asStr(a)
			if strings.HasPrefix(s, "/") || out == "" {
				out = s
			} else if strings.HasSuffix(out, "/") {
				out += s
			} else {
				out += "/" + s
			}
		}
		return Str(out), nil
	})
	def(pd, "basename", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		return Str(p[strings.LastIndex(p, "/")+1:]), nil
	})
	def(pd, "dirname", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		i := strings.LastIndex(p, "/") + 1
		head := p[:i]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return Str(head), nil
	})
	def(pd, "abspath", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		a, _ := filepath.Abs(p)
		return Str(a), nil
	})
	def(pd, "splitext", func(vm *VM, args []Value, kw []string) (Value, error) {
		p, err := pathArg(args)
		if err != nil {
			return Null, err
		}
		base := p[strings.LastIndex(p, "/")+1:]
		dot := strings.LastIndex(base, ".")
		if dot <= 0 || strings.Trim(base[:dot], ".") == "" {
			return NewTuple(Str(p), Str("")), nil
		}
		cut := len(p) - len(base) + dot
		return NewTuple(Str(p[:cut]), Str(p[cut:])), nil
	})
	d.setStr("path", Obj(path))
	addOSFunctions(d, pd) // the rest of os and os.path (stdlib B, mod_os.go)
	vm.modules["os"] = m
	vm.modules["os.path"] = path
	if mods, ok := vm.sysModule.dict.getStr("modules"); ok {
		md := mods.o.(*Dict)
		md.setStr("sys", Obj(vm.sysModule))
		md.setStr("os", Obj(m))
		md.setStr("os.path", Obj(path))
	}
}
