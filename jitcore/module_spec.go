package jitcore

import (
	"strings"
	"sync"
)

// moduleSpecType is importlib's ModuleSpec for the modules the engine
// loads from files: the import-related facts a module keeps in __spec__.
var (
	moduleSpecType *Type
	moduleSpecOnce sync.Once
)

// newModuleSpec describes a module loaded from origin; search is a
// package's __path__ (nil for a plain module).
func (vm *VM) newModuleSpec(name, origin string, search Value) Value {
	moduleSpecOnce.Do(func() {
		ns := NewDict()
		ns.setStr("__module__", Str("_frozen_importlib"))
		ns.setStr("__qualname__", Str("ModuleSpec"))
		cls, err := vm.newClass(TypeType, "ModuleSpec", []Value{Obj(ObjectType)}, ns, nil, nil)
		if err != nil {
			panic("jitlens: cannot create ModuleSpec: " + err.Error())
		}
		t := cls.o.(*Type)
		method(t, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
			in, ok := args[0].o.(*Instance)
			if !ok {
				return Str("ModuleSpec()"), nil
			}
			var parts []string
			for _, f := range []string{"name", "loader", "origin", "submodule_search_locations"} {
				v, _ := in.dict.getStr(f)
				if f == "submodule_search_locations" && v.IsNone() {
					continue
				}
				r, err := vm.repr(v)
				if err != nil {
					return Null, err
				}
				parts = append(parts, f+"="+r)
			}
			return Str("ModuleSpec(" + strings.Join(parts, ", ") + ")"), nil
		})
		moduleSpecType = t
	})
	in := &Instance{cls: moduleSpecType, dict: NewDict()}
	parent := name
	if search.IsNone() {
		parent = ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			parent = name[:i]
		}
	}
	for _, kv := range []struct {
		k string
		v Value
	}{{"name", Str(name)}, {"loader", None}, {"origin", Str(origin)}, {"loader_state", None},
		{"submodule_search_locations", search}, {"cached", None}, {"parent", Str(parent)}, {"has_location", True}} {
		in.dict.setStr(kv.k, kv.v)
	}
	return Obj(in)
}
