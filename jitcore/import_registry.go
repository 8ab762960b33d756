package jitcore

import (
	"math"
	"strings"

	"jitlens/jitcore/pyfmt"
)

// nativeModule is a module jitlens provides itself: Go code that fills the
// module's namespace, optionally followed by Python source run in it.
type nativeModule struct {
	// builtin modules are compiled into CPython (math, itertools, time...):
	// they win over a same-named file on sys.path. The others are pure
	// Python in CPython's library and come after the script's own files.
	builtin bool
	setup   func(vm *VM, m *Module) error
	source  string                        // Python source run after setup, or ""
	pkg     bool                          // a package (has __path__), e.g. collections
	after   func(vm *VM, m *Module) error // run after source
	// cTypes names the classes of source that CPython implements in C:
	// their tp_name, which error messages show, is "module.Name".
	cTypes []string
}

// nativeModules is the registry of the modules jitlens implements, filled by
// the init functions of the mod_*.go files.
var nativeModules = map[string]*nativeModule{}

func registerModule(name string, def *nativeModule) { nativeModules[name] = def }

// loadNative creates and registers one of jitlens's own modules.
func (vm *VM) loadNative(name string, def *nativeModule) (Value, error) {
	d := NewDict()
	m := &Module{name: name, dict: d}
	d.setStr("__name__", Str(name))
	d.setStr("__doc__", None)
	pkg := name
	if !def.pkg {
		pkg = ""
		for i := len(name) - 1; i >= 0; i-- {
			if name[i] == '.' {
				pkg = name[:i]
				break
			}
		}
	}
	d.setStr("__package__", Str(pkg))
	d.setStr("__loader__", None)
	d.setStr("__spec__", None)
	if def.pkg {
		d.setStr("__path__", NewList(nil))
	}
	if def.setup != nil {
		if err := def.setup(vm, m); err != nil {
			return Null, err
		}
	}
	if def.source == "" {
		vm.registerModule(name, m)
		return Obj(m), nil
	}
	d.setStr("__builtins__", Obj(&Module{name: "builtins", dict: vm.builtins}))
	r, err := vm.execModule(m, libraryFilePrefix+name+">", []byte(def.source))
	if err == nil {
		markCTypes(m, def.cTypes)
	}
	if err == nil && def.after != nil {
		err = def.after(vm, m)
	}
	return r, err
}

// markCTypes gives the named classes of m the dotted tp_name CPython's
// C implementation has.
func markCTypes(m *Module, names []string) {
	for _, n := range names {
		if v, ok := m.dict.getStr(n); ok && v.k == kObj {
			if t, ok := v.o.(*Type); ok {
				t.cName = t.Module + "." + t.Name
			}
		}
	}
}

// libraryFilePrefix names the code of the Python half of jitlens's own
// modules; tracebacks leave those frames out, as CPython shows no frame for
// its C-implemented modules.
const libraryFilePrefix = "<jitlens "

func isLibraryCode(filename string) bool { return strings.HasPrefix(filename, libraryFilePrefix) }

func init() {
	registerModule("builtins", &nativeModule{builtin: true, setup: func(vm *VM, m *Module) error {
		m.dict = vm.builtins
		return nil
	}})
}

// addSysAttributes completes the sys module for the import system and the
// numeric facts programs read.
func (vm *VM) addSysAttributes(d *Dict) {
	d.setStr("float_info", makeStructSeq("sys.float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]Value{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307),
			Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)}))
	d.setStr("int_info", makeStructSeq("sys.int_info",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		[]Value{Int(30), Int(4), Int(pyfmt.DefaultMaxStrDigits), Int(pyfmt.StrDigitsCheckThreshold)}))
}

// moduleRepr is CPython's repr of a module loaded from a file or built in.
func moduleRepr(m *Module) (string, bool) {
	if f, ok := m.dict.getStr("__file__"); ok {
		if s, ok := asStr(f); ok {
			return "<module '" + m.name + "' from '" + s + "'>", true
		}
	}
	if def, ok := nativeModules[m.name]; ok && def.builtin {
		return "<module '" + m.name + "' (built-in)>", true
	}
	if frozenModules[m.name] {
		return "<module '" + m.name + "' (frozen)>", true
	}
	return "", false
}

// frozenModules are the modules CPython 3.11 ships frozen into its binary
// (their repr says so) among those jitlens implements.
var frozenModules = map[string]bool{"os": true, "posixpath": true, "abc": true, "io": true, "codecs": true}
