package jitcore

import "strings"

// gaReprItem renders one argument of a GenericAlias as CPython's
// ga_repr_item: ... for Ellipsis, a nested alias by its repr, a class by
// its (module-qualified) name, a list of arguments in brackets.
func (vm *VM) gaReprItem(v Value) (string, error) {
	if v.is(EllipsisValue) {
		return "...", nil
	}
	if v.k == kObj {
		switch o := v.o.(type) {
		case *genericAlias:
			return vm.repr(v)
		case *Type:
			mod := o.Module
			if m, ok := o.Dict.getStr("__module__"); ok {
				if s, ok := asStr(m); ok {
					mod = s
				}
			}
			if mod == "builtins" || mod == "" {
				return o.QualName, nil
			}
			return mod + "." + o.QualName, nil
		case *List:
			parts := make([]string, len(o.values()))
			for i, x := range o.values() {
				s, err := vm.gaReprItem(x)
				if err != nil {
					return "", err
				}
				parts[i] = s
			}
			return "[" + strings.Join(parts, ", ") + "]", nil
		}
	}
	return vm.repr(v)
}

// gaArgs is the alias's arguments as a slice.
func (g *genericAlias) argItems() []Value {
	if t, ok := g.args.o.(*Tuple); ok && g.args.k == kObj {
		return t.items
	}
	return []Value{g.args}
}

// genericAliasRepr is repr(list[int]).
func (vm *VM) genericAliasRepr(g *genericAlias) (string, error) {
	origin, err := vm.gaReprItem(Obj(g.origin))
	if err != nil {
		return "", err
	}
	items := g.argItems()
	parts := make([]string, len(items))
	for i, x := range items {
		s, err := vm.gaReprItem(x)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	if len(items) == 0 {
		parts = []string{"()"}
	}
	return origin + "[" + strings.Join(parts, ", ") + "]", nil
}

// typeHasClassGetitem reports whether a built-in class can be subscripted
// (list[int]): the builtins that define __class_getitem__, and the types
// of modules, which the engine gives it.
func typeHasClassGetitem(t *Type) bool {
	switch t {
	case ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, enumerateType:
		return true
	}
	if t.isSubtype(BaseExceptionType) {
		return t.Name == "ExceptionGroup" || t.Name == "BaseExceptionGroup"
	}
	mod := t.Module
	return mod != "" && mod != "builtins"
}

func setupGenericAliasMethods() {
	ga := genericAliasType
	method(ga, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		g := args[0].o.(*genericAlias)
		return vm.call(Obj(g.origin), args[1:], kw)
	})
}
