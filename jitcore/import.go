package jitcore

// The import system: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR as CPython
// 3.11's importlib performs them, for the script's own modules and packages
// (found on sys.path) and for the modules jitlens implements in Go
// (registered in import_registry.go).

import (
	"os"
	"path/filepath"
	"strings"

	"jitlens/analysis/syntax"
	"jitlens/jitcore/compile"
)

// importState is one VM's import machinery.
type importState struct {
	modules      *Dict            // sys.modules, the dict programs see
	initializing map[*Module]bool // modules whose body is running
	mainSeen     bool             // __main__ is in sys.modules
}

// imports returns the VM's import state, creating it on first use.
func (vm *VM) imports() *importState {
	if st := vm.imp; st != nil {
		if !st.mainSeen {
			if m, ok := vm.modules["__main__"]; ok {
				st.mainSeen = true
				st.modules.setStr("__main__", Obj(m))
			}
		}
		return st
	}
	st := &importState{initializing: map[*Module]bool{}}
	vm.imp = st
	sysd := vm.sysModule.dict
	mv, _ := sysd.getStr("modules")
	st.modules, _ = asDict(mv)
	if st.modules == nil {
		st.modules = NewDict()
		sysd.setStr("modules", Obj(st.modules))
	}
	for _, name := range []string{"sys", "builtins", "__main__"} {
		if m, ok := vm.modules[name]; ok {
			st.modules.setStr(name, Obj(m))
		}
	}
	if _, ok := vm.modules["builtins"]; !ok {
		b := &Module{name: "builtins", dict: vm.builtins}
		vm.modules["builtins"] = b
		st.modules.setStr("builtins", Obj(b))
	}
	if _, ok := vm.modules["__main__"]; !ok {
		if f := vm.frame; f != nil {
			for f.back != nil {
				f = f.back
			}
			st.modules.setStr("__main__", Obj(&Module{name: "__main__", dict: f.globals}))
		}
	}
	if pv, ok := sysd.getStr("path"); ok {
		if l, ok := asList(pv); ok && len(l.values()) == 0 {
			l.vals = append(l.values(), defaultSysPath(vm.mainFile)...)
		}
	}
	vm.addSysAttributes(sysd)
	return st
}

// SetScriptPath makes sys.path start with the folder of the script at path
// (an absolute path), as CPython does for `python3 path`.
func (vm *VM) SetScriptPath(path string) {
	vm.mainFile = path
	vm.imports()
}

// defaultSysPath is the script's folder followed by PYTHONPATH's entries.
func defaultSysPath(script string) []Value {
	dir := ""
	if script != "" {
		dir = filepath.Dir(script)
	}
	out := []Value{Str(dir)}
	if pp := os.Getenv("PYTHONPATH"); pp != "" {
		for _, p := range filepath.SplitList(pp) {
			if p != "" {
				if abs, err := filepath.Abs(p); err == nil {
					p = abs
				}
				out = append(out, Str(p))
			}
		}
	}
	return out
}

// sysModuleGet returns sys.modules[name].
func (st *importState) get(name string) (Value, bool) { return st.modules.getStr(name) }

// doImport implements IMPORT_NAME (the semantics of __import__).
func (vm *VM) doImport(name string, fromlist, level Value) (Value, error) {
	st := vm.imports()
	lv := 0
	if l := intBase(level); l.k == kInt {
		lv = int(l.n)
	}
	absName := name
	if lv > 0 {
		var err error
		if absName, err = vm.resolveRelative(name, lv); err != nil {
			return Null, err
		}
	} else if name == "" {
		return Null, newValueError("Empty module name")
	}
	mod, err := vm.importModule(absName)
	if err != nil {
		return Null, vm.locateImportError(err)
	}
	var names []Value
	if !fromlist.IsNull() && !fromlist.IsNone() {
		names, _ = vm.toSlice(fromlist)
	}
	if len(names) == 0 {
		if lv == 0 {
			top, _, _ := strings.Cut(name, ".")
			if m, ok := st.get(top); ok {
				return m, nil
			}
		}
		return mod, nil
	}
	if err := vm.handleFromList(mod, names, absName); err != nil {
		return Null, vm.locateImportError(err)
	}
	return mod, nil
}

// locateImportError gives an unsupported-module error the file and line of
// the import statement that reached it.
func (vm *VM) locateImportError(err error) error {
	if ue, ok := err.(*UnsupportedError); ok && ue.File == "" && vm.frame != nil {
		ue.File = vm.frame.code.Filename
		ue.Line = vm.frame.Line()
	}
	return err
}

// resolveRelative turns a relative module name into an absolute one from
// the importing module's __package__ (or __name__).
func (vm *VM) resolveRelative(name string, level int) (string, error) {
	var globals *Dict
	if vm.frame != nil {
		globals = vm.frame.globals
	}
	pkg := ""
	if globals != nil {
		if p, ok := globals.getStr("__package__"); ok {
			if s, ok := asStr(p); ok {
				pkg = s
			} else if !p.IsNone() {
				return "", typeErrorf("package must be a string")
			}
		}
		if pkg == "" {
			if p, ok := globals.getStr("__package__"); !ok || p.IsNone() {
				if n, ok := globals.getStr("__name__"); ok {
					modName, _ := asStr(n)
					if _, isPkg := globals.getStr("__path__"); isPkg {
						pkg = modName
					} else if i := strings.LastIndexByte(modName, '.'); i >= 0 {
						pkg = modName[:i]
					}
				}
			}
		}
	}
	if pkg == "" {
		return "", newExc(ImportErrorType, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", newExc(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// handleFromList imports the submodules a `from package import a, b` names
// when the package does not define them itself.
func (vm *VM) handleFromList(mod Value, names []Value, absName string) error {
	m, ok := mod.o.(*Module)
	if !ok || mod.k != kObj {
		return nil
	}
	if _, isPkg := m.dict.getStr("__path__"); !isPkg {
		return nil
	}
	for _, nv := range names {
		n, ok := asStr(nv)
		if !ok {
			return typeErrorf("Item in %s.__all__ must be str, not %s", absName, nv.Type().tpName())
		}
		if n == "*" {
			if all, ok := m.dict.getStr("__all__"); ok {
				items, err := vm.toSlice(all)
				if err != nil {
					return err
				}
				if err := vm.handleFromList(mod, items, absName); err != nil {
					return err
				}
			}
			continue
		}
		if _, has := m.dict.getStr(n); has {
			continue
		}
		sub := absName + "." + n
		if _, err := vm.importModule(sub); err != nil {
			if e, ok := err.(*Exception); ok && e.cls == ModuleNotFoundErrorType && excNameAttr(e) == sub {
				continue
			}
			return err
		}
	}
	return nil
}

func excNameAttr(e *Exception) string {
	if e.dict == nil {
		return ""
	}
	v, _ := e.dict.getStr("name")
	s, _ := asStr(v)
	return s
}

// moduleNotFound builds CPython's ModuleNotFoundError with its name
// attribute.
func moduleNotFound(name, msg string) *Exception {
	e := newExc(ModuleNotFoundErrorType, msg)
	e.dict = NewDict()
	e.dict.setStr("name", Str(name))
	e.dict.setStr("path", None)
	e.dict.setStr("msg", Str(msg))
	return e
}

// importModule finds, loads and caches the module absName (dotted), after
// its parent packages.
func (vm *VM) importModule(absName string) (Value, error) {
	if vm.osHalf != nil && (absName == "os" || absName == "os.path" || absName == "posixpath") {
		vm.osHalf() // osmod.go
	}
	st := vm.imports()
	if m, ok := st.get(absName); ok {
		if m.IsNone() {
			return Null, moduleNotFound(absName, sprintf("import of %s halted; None in sys.modules", absName))
		}
		return m, nil
	}
	if m, ok := vm.modules[absName]; ok { // installed directly by a VM's owner
		st.modules.setStr(absName, Obj(m))
		return Obj(m), nil
	}
	parent, child := "", absName
	if i := strings.LastIndexByte(absName, '.'); i >= 0 {
		parent, child = absName[:i], absName[i+1:]
	}
	var search []string
	var parentMod Value
	if parent != "" {
		pv, err := vm.importModule(parent)
		if err != nil {
			return Null, err
		}
		parentMod = pv
		if m, ok := st.get(absName); ok {
			return m, nil
		}
		if def, ok := nativeModules[absName]; ok {
			m, err := vm.loadNative(absName, def)
			if err != nil {
				return Null, err
			}
			vm.setParentAttr(parentMod, child, m)
			return m, nil
		}
		pathv, err := vm.getAttr(pv, "__path__")
		if err != nil {
			return Null, moduleNotFound(absName, sprintf("No module named '%s'; '%s' is not a package", absName, parent))
		}
		items, err := vm.toSlice(pathv)
		if err != nil {
			return Null, err
		}
		for _, it := range items {
			if s, ok := asStr(it); ok {
				search = append(search, s)
			}
		}
	} else {
		if def, ok := nativeModules[absName]; ok && def.builtin {
			return vm.loadNative(absName, def)
		}
		search = vm.sysPath()
	}
	var nsDirs []string
	for _, dir := range search {
		base := filepath.Join(dir, child)
		if dir == "" {
			base = child
		}
		if fi, err := os.Stat(base); err == nil && fi.IsDir() {
			init := filepath.Join(base, "__init__.py")
			if _, err := os.Stat(init); err == nil {
				m, err := vm.loadSource(absName, init, []string{vm.absPath(base)}, true)
				if err == nil {
					vm.setParentAttr(parentMod, child, m)
				}
				return m, err
			}
			if validIdentifier(child) {
				nsDirs = append(nsDirs, vm.absPath(base))
			}
		}
		if _, err := os.Stat(base + ".py"); err == nil {
			m, err := vm.loadSource(absName, base+".py", nil, false)
			if err == nil {
				vm.setParentAttr(parentMod, child, m)
			}
			return m, err
		}
	}
	if len(nsDirs) > 0 {
		return vm.namespacePackage(absName, nsDirs, parentMod, child), nil
	}
	if parent == "" {
		if def, ok := nativeModules[absName]; ok {
			return vm.loadNative(absName, def)
		}
		if cExtensionModules[absName] || knownCExtensions[absName] {
			return Null, &UnsupportedError{Msg: sprintf("%s is a C extension module; jitlens runs pure Python only", absName)}
		}
	} else if top, _, _ := strings.Cut(absName, "."); cExtensionModules[top] || knownCExtensions[top] {
		return Null, &UnsupportedError{Msg: sprintf("%s is a C extension module; jitlens runs pure Python only", top)}
	}
	return Null, moduleNotFound(absName, sprintf("No module named '%s'", absName))
}

// knownCExtensions are more packages that are (or wrap) compiled code.
var knownCExtensions = map[string]bool{
	"numpy": true, "pandas": true, "scipy": true, "matplotlib": true, "torch": true,
	"sklearn": true, "cv2": true, "PIL": true, "tensorflow": true, "jax": true,
	"lxml": true, "psycopg2": true, "h5py": true, "numexpr": true, "pyarrow": true,
	"polars": true, "shapely": true, "skimage": true, "statsmodels": true, "xgboost": true,
	"lightgbm": true, "ujson": true, "orjson": true, "regex": true, "yaml": true,
	"_ctypes": true, "ctypes": true, "sqlite3": true, "_sqlite3": true, "zmq": true,
	"grpc": true, "cryptography": true, "bcrypt": true, "nacl": true, "pygame": true,
	"keras": true, "transformers": true, "tokenizers": true, "numcodecs": true,
}

func validIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return s != ""
}

func (vm *VM) absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// sysPath returns the str entries of sys.path.
func (vm *VM) sysPath() []string {
	pv, ok := vm.sysModule.dict.getStr("path")
	if !ok {
		return nil
	}
	items, err := vm.toSlice(pv)
	if err != nil {
		return nil
	}
	var out []string
	for _, it := range items {
		if s, ok := asStr(it); ok {
			out = append(out, s)
		}
	}
	return out
}

func (vm *VM) setParentAttr(parent Value, child string, m Value) {
	if parent.k == kObj && !parent.IsNull() {
		_ = vm.setAttr(parent, child, m)
	}
}

// registerModule stores m in sys.modules, the only cache imports consult
// (vm.modules holds what the VM's owner installed directly).
func (vm *VM) registerModule(name string, m *Module) {
	vm.imports().modules.setStr(name, Obj(m))
}

func (vm *VM) forgetModule(name string) {
	vm.imports().modules.delStr(name)
}

// namespacePackage creates a package for folders without __init__.py.
func (vm *VM) namespacePackage(name string, dirs []string, parent Value, child string) Value {
	d := NewDict()
	m := &Module{name: name, dict: d}
	d.setStr("__name__", Str(name))
	d.setStr("__doc__", None)
	d.setStr("__package__", Str(name))
	d.setStr("__loader__", None)
	d.setStr("__spec__", None)
	d.setStr("__file__", None)
	paths := make([]Value, len(dirs))
	for i, p := range dirs {
		paths[i] = Str(p)
	}
	d.setStr("__path__", NewList(paths))
	vm.registerModule(name, m)
	vm.setParentAttr(parent, child, Obj(m))
	return Obj(m)
}

// loadSource runs a module's file in a fresh module registered first in
// sys.modules, so that a circular import sees it partially initialised.
func (vm *VM) loadSource(name, file string, pkgPath []string, isPkg bool) (Value, error) {
	file = vm.absPath(file)
	src, err := os.ReadFile(file)
	if err != nil {
		return Null, osError(err, file)
	}
	d := NewDict()
	m := &Module{name: name, dict: d}
	d.setStr("__name__", Str(name))
	d.setStr("__doc__", None)
	pkg := name
	if !isPkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	d.setStr("__package__", Str(pkg))
	d.setStr("__loader__", None)
	search := None
	if isPkg {
		paths := make([]Value, len(pkgPath))
		for i, p := range pkgPath {
			paths[i] = Str(p)
		}
		d.setStr("__path__", NewList(paths))
		search = NewList(append([]Value(nil), paths...))
	}
	d.setStr("__spec__", vm.newModuleSpec(name, file, search))
	d.setStr("__file__", Str(file))
	d.setStr("__builtins__", Obj(&Module{name: "builtins", dict: vm.builtins}))
	return vm.execModule(m, file, src)
}

// execModule compiles src and runs it as m's body; m stays out of
// sys.modules when its body fails.
func (vm *VM) execModule(m *Module, file string, src []byte) (Value, error) {
	st := vm.imports()
	tree, errs := syntax.Parse(file, src)
	if len(errs) > 0 {
		e := errs[0]
		return Null, newSyntaxErrorExc(e.Kind, e.Msg, e.Filename, e.Pos.Lineno, e.Pos.ColOffset, e.Text)
	}
	code, err := compile.Module(tree, file, src)
	if err != nil {
		if ce, ok := err.(*compile.Error); ok {
			if strings.HasPrefix(ce.Msg, "jitlens does not support") {
				return Null, &UnsupportedError{Msg: strings.TrimPrefix(ce.Msg, "jitlens does not support "), File: file, Line: ce.Line}
			}
			lines := strings.Split(string(src), "\n")
			text := ""
			if ce.Line >= 1 && ce.Line <= len(lines) {
				text = lines[ce.Line-1]
			}
			return Null, newSyntaxErrorExc("SyntaxError", ce.Msg, file, ce.Line, ce.Col, text)
		}
		return Null, err
	}
	if ds := docValue(code.Docstring); !ds.IsNull() {
		m.dict.setStr("__doc__", ds)
	}
	vm.registerModule(m.name, m)
	st.initializing[m] = true
	f := &Frame{code: code, rt: vm.runtimeOf(code), globals: m.dict, locals: m.dict}
	f.s = make([]Value, len(code.VarNames)+code.StackSize)
	f.sp = len(code.VarNames)
	_, err = vm.runFrame(f)
	delete(st.initializing, m)
	if err != nil {
		vm.forgetModule(m.name)
		return Null, err
	}
	if final, ok := st.get(m.name); ok {
		return final, nil
	}
	return Null, newExcf(KeyErrorType, "%s", sprintf("'%s'", m.name))
}

// newSyntaxErrorExc builds a SyntaxError raised by importing a module with
// bad syntax.
func newSyntaxErrorExc(kind, msg, file string, line, col int, text string) *Exception {
	exc := newExc(excTypeByName(kind), msg)
	exc.args = []Value{Str(msg), NewTuple(Str(file), Int(int64(line)), Int(int64(col+1)), Str(text))}
	exc.dict = NewDict()
	exc.dict.setStr("msg", Str(msg))
	exc.dict.setStr("filename", Str(file))
	exc.dict.setStr("lineno", Int(int64(line)))
	exc.dict.setStr("offset", Int(int64(col+1)))
	exc.dict.setStr("text", Str(text))
	return exc
}

// doImportFrom implements IMPORT_FROM: an attribute of the module, else a
// submodule already in sys.modules, else CPython's ImportError.
func (vm *VM) doImportFrom(mod Value, name string) (Value, error) {
	r, err := vm.getAttr(mod, name)
	if err == nil || !isExc(err, AttributeErrorType) {
		return r, err
	}
	st := vm.imports()
	modName := "<unknown module name>"
	if n, err := vm.getAttr(mod, "__name__"); err == nil {
		if s, ok := asStr(n); ok {
			modName = s
			if sub, ok := st.get(s + "." + name); ok {
				return sub, nil
			}
		}
	}
	loc := "unknown location"
	if fv, err := vm.getAttr(mod, "__file__"); err == nil {
		if s, ok := asStr(fv); ok {
			loc = s
		}
	}
	var e *Exception
	if m, ok := mod.o.(*Module); ok && mod.k == kObj && st.initializing[m] {
		e = newExcf(ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, modName, loc)
	} else {
		e = newExcf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, modName, loc)
	}
	e.dict = NewDict()
	e.dict.setStr("name", Str(modName))
	return Null, e
}

// doImportStar implements `from m import *`: the names in __all__, or every
// public global.
func (vm *VM) doImportStar(mod Value, locals *Dict) error {
	m, ok := mod.o.(*Module)
	if !ok || mod.k != kObj {
		return nil
	}
	vm.beforeSysRead(m, "modules")
	if all, ok := m.dict.getStr("__all__"); ok {
		names, err := vm.toSlice(all)
		if err != nil {
			return err
		}
		for _, nv := range names {
			n, ok := asStr(nv)
			if !ok {
				return typeErrorf("Item in %s.__all__ must be str, not %s", m.name, nv.Type().tpName())
			}
			v, err := vm.getAttr(mod, n)
			if err != nil {
				return err
			}
			if err := locals.Set(vm, nv, v); err != nil {
				return err
			}
		}
		return nil
	}
	for _, e := range m.dict.items() {
		if s, _ := asStr(e.key); !strings.HasPrefix(s, "_") {
			if err := locals.SetHashed(vm, e.key, e.hash, e.val); err != nil {
				return err
			}
		}
	}
	return nil
}
