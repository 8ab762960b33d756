package jitcore

// newGoType creates a type for objects implemented in Go by the library
// modules. It is not marked built-in, so that the engine's protocol lookups
// (call, subscript, iteration, context managers) use the Go methods put in
// its dict.
func newGoType(name, module string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.builtin = false
	t.final = true
	t.Module = module
	t.Dict.setStr("__module__", Str(module))
	return t
}

// setModuleFuncs adds Go functions to a module namespace.
func setModuleFuncs(d *Dict, funcs map[string]builtinFn) {
	for name, fn := range funcs {
		d.setStr(name, Obj(newBuiltin(name, fn)))
	}
}
