package jitcore

// Type is a Python class, built-in or user-defined.
type Type struct {
	Name     string
	QualName string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	// base is the built-in type whose instance layout this type uses
	// (object, int, list, dict, BaseException...).
	base *Type
	// builtin marks types implemented in Go.
	builtin bool
	// final types cannot be subclassed (bool, NoneType, range...).
	final bool
	// exc marks BaseException and its subclasses.
	exc bool
	// slots lists the __slots__ names when the class declares them and no
	// base provides a __dict__.
	slots    []string
	hasDict  bool
	abstract bool
	// newFn constructs an instance of a built-in type (type.__call__ for
	// built-in types).
	newFn func(vm *VM, t *Type, args []Value, kw []string) (Value, error)
	// version changes whenever the type or a base changes; inline caches
	// compare it.
	version uint64
	meta    *Type
	// cached special-method presence for user classes
	special map[string]Value
	// shapes is the root of the key tables of its instances' dicts
	// (dict_shape.go), made at the first instance
	shapes *dictShape
	// cName is the dotted name CPython gives a type it implements in C
	// outside builtins (tp_name "types.SimpleNamespace", "itertools.count"),
	// whatever the engine implements it in; "" means Name.
	cName string
}

// tpName is the type's name as CPython's error messages spell it (its
// tp_name): the module-qualified name of a type CPython implements in C,
// the plain __name__ of a class written in Python.
func (t *Type) tpName() string {
	if t.cName != "" {
		return t.cName
	}
	return t.Name
}

func (t *Type) pyType() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

var typeVersion uint64

func (t *Type) bump() {
	typeVersion++
	t.version = typeVersion
	t.special = nil
}

// lookup finds name along the MRO (the class attribute, not bound).
func (t *Type) lookup(name string) (Value, bool) {
	for _, c := range t.MRO {
		if v, ok := c.Dict.getStr(name); ok {
			return v, true
		}
	}
	return Null, false
}

// lookupSpecial is lookup with a per-type cache, for special methods.
func (t *Type) lookupSpecial(name string) (Value, bool) {
	if t.special == nil {
		t.special = map[string]Value{}
	} else if v, ok := t.special[name]; ok {
		return v, !v.IsNull()
	}
	v, ok := t.lookup(name)
	t.special[name] = v
	return v, ok
}

// isSubtype reports whether t is b or derives from it.
func (t *Type) isSubtype(b *Type) bool {
	if t == b {
		return true
	}
	for _, c := range t.MRO {
		if c == b {
			return true
		}
	}
	return false
}

// computeMRO computes the C3 linearization of t.
func computeMRO(t *Type) ([]*Type, error) {
	seqs := [][]*Type{}
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	out := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
			}
		}
		if !nonEmpty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					if names != "" {
						names += ", "
					}
					names += s[0].Name
				}
			}
			return nil, newTypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// newBuiltinType creates a built-in type with one base.
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Dict: NewDict(), builtin: true}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.base = t
		t.exc = base.exc
	} else {
		t.MRO = []*Type{t}
		t.base = t
	}
	return t
}

// Instance is an instance of a user-defined class.
type Instance struct {
	cls   *Type
	dict  *Dict
	slots []Value
	// base holds the built-in payload for subclasses of built-in types
	// (a list, dict, int, str...).
	base Value
}

func (o *Instance) pyType() *Type { return o.cls }

// the built-in types, initialized in dependency order
var (
	ObjectType = func() *Type {
		t := &Type{Name: "object", QualName: "object", Module: "builtins", Dict: NewDict(), builtin: true}
		t.MRO = []*Type{t}
		t.base = t
		return t
	}()
	TypeType           = newBuiltinType("type", ObjectType)
	NoneType           = finalType("NoneType", ObjectType)
	IntType            = newBuiltinType("int", ObjectType)
	BoolType           = finalType("bool", IntType)
	FloatType          = newBuiltinType("float", ObjectType)
	ComplexType        = newBuiltinType("complex", ObjectType)
	StrType            = newBuiltinType("str", ObjectType)
	BytesType          = newBuiltinType("bytes", ObjectType)
	ByteArrayType      = newBuiltinType("bytearray", ObjectType)
	ListType           = newBuiltinType("list", ObjectType)
	TupleType          = newBuiltinType("tuple", ObjectType)
	DictType           = newBuiltinType("dict", ObjectType)
	SetType            = newBuiltinType("set", ObjectType)
	FrozenSetType      = newBuiltinType("frozenset", ObjectType)
	RangeType          = finalType("range", ObjectType)
	SliceType          = finalType("slice", ObjectType)
	FunctionType       = finalType("function", ObjectType)
	BuiltinType        = finalType("builtin_function_or_method", ObjectType)
	MethodType         = finalType("method", ObjectType)
	CellType           = finalType("cell", ObjectType)
	GeneratorType      = finalType("generator", ObjectType)
	ModuleType         = newBuiltinType("module", ObjectType)
	PropertyType       = newBuiltinType("property", ObjectType)
	StaticMethodType   = newBuiltinType("staticmethod", ObjectType)
	ClassMethodType    = newBuiltinType("classmethod", ObjectType)
	SuperType          = newBuiltinType("super", ObjectType)
	NotImplementedType = finalType("NotImplementedType", ObjectType)
	EllipsisType       = finalType("ellipsis", ObjectType)
	IteratorType       = newBuiltinType("iterator", ObjectType)
	FileType           = newBuiltinType("_io.TextIOWrapper", ObjectType)
	DictKeysType       = newBuiltinType("dict_keys", ObjectType)
	DictValuesType     = newBuiltinType("dict_values", ObjectType)
	DictItemsType      = newBuiltinType("dict_items", ObjectType)
	CodeType           = newBuiltinType("code", ObjectType)
)

func finalType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.final = true
	return t
}
