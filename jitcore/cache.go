package jitcore

// Inline caches: one entry per instruction of a code object, filled by the
// generic path and checked by the fast paths of LOAD_ATTR, LOAD_METHOD,
// STORE_ATTR and LOAD_GLOBAL. They are the first step of quickening; a
// later specializer rewrites the opcodes themselves.

// attrCache remembers the class-level lookup of a name for up to
// cacheWays types (call sites are often polymorphic over subclasses).
type attrCache struct {
	ways [cacheWays]cacheWay
	next uint8
	pos  int // entry position of the name in the last instance dict seen
	// shape, when not nil, is the shape (dict_shape.go) of a dict holding
	// the name at pos: a dict of that shape holds it there too. Set
	// together with pos, by dictPos only.
	shape *dictShape
	// absent is a shape known not to hold the name (LOAD_METHOD's check
	// that no instance attribute shadows the method).
	absent *dictShape
	// from, to, key: the last store of a new attribute (STORE_ATTR) took
	// a dict of shape from, which lacks the name, to shape to; key is
	// the name as a str value with its hash computed (attrCache.addKey)
	from, to *dictShape
	key      Value
	// globals cache
	gver, bver uint64
	gval       Value
}

const cacheWays = 4

type cacheWay struct {
	t       *Type
	version uint64
	attr    Value // class attribute (Null when absent)
	plain   bool  // no __getattribute__/__setattr__ override, no data descriptor for the name
}

// classLookup returns the cached class-level lookup of name on t.
func (c *attrCache) classLookup(t *Type, name string, setter bool) (Value, bool) {
	for i := range c.ways {
		w := &c.ways[i]
		if w.t == t && w.version == t.version && t.version != 0 {
			return w.attr, w.plain
		}
	}
	attr, found := t.lookup(name)
	if !found {
		attr = Null
	}
	// a slot is a data descriptor the fast paths handle themselves; an
	// overridden __setattr__ or __getattribute__ must run even for slots
	_, isSlot := attr.o.(*slotDescr)
	plain := !isDataDescriptor(attr) || (isSlot && attr.k == kObj)
	if setter {
		if sa, ok := t.lookupSpecial("__setattr__"); ok && sa.o != objectSetattr {
			plain = false
		}
	} else if ga, ok := t.lookupSpecial("__getattribute__"); ok && ga.o != objectGetattribute {
		plain = false
	}
	w := &c.ways[c.next%cacheWays]
	c.next++
	w.t, w.version, w.attr, w.plain = t, t.version, attr, plain
	return attr, plain
}

// loadAttrCached is LOAD_ATTR with an inline cache for instances of user
// classes.
func (vm *VM) loadAttrCached(c *attrCache, obj Value, name string) (Value, error) {
	if in, ok := obj.o.(*Instance); ok && obj.k == kObj && !in.cls.builtin {
		attr, plain := c.classLookup(in.cls, name, false)
		if plain {
			if sd, ok := attr.o.(*slotDescr); ok && attr.k == kObj {
				if v := in.slots[sd.index]; v.k != kNull {
					return v, nil
				}
				return vm.getAttr(obj, name)
			}
			if d := in.dict; d != nil {
				if p := c.dictPos(d, name); p >= 0 {
					return d.entries[p].val, nil
				}
			}
			if attr.k == kObj {
				if _, ok := attr.o.(*Function); ok {
					return Obj(&Method{fn: attr, self: obj}), nil
				}
			}
		} else if p, ok := attr.o.(*Property); ok && attr.k == kObj && !p.fget.IsNull() && !p.fget.IsNone() {
			if ga, _ := in.cls.lookupSpecial("__getattribute__"); ga.o == objectGetattribute || ga.k == kNull {
				return vm.call(p.fget, []Value{obj}, nil)
			}
		}
	}
	return vm.getAttr(obj, name)
}

// loadMethodCached is LOAD_METHOD with an inline cache.
func (vm *VM) loadMethodCached(c *attrCache, obj Value, name string) (Value, Value, error) {
	if in, ok := obj.o.(*Instance); ok && obj.k == kObj && !in.cls.builtin {
		attr, plain := c.classLookup(in.cls, name, false)
		if plain && attr.k == kObj {
			if _, ok := attr.o.(*Function); ok {
				if in.dict == nil || in.dict.used == 0 {
					return attr, obj, nil
				}
				if v, ok := in.dict.getStr(name); ok {
					return Null, v, nil
				}
				return attr, obj, nil
			}
		}
	}
	return vm.loadMethod(obj, name)
}

// storeAttrCached is STORE_ATTR with an inline cache.
func (vm *VM) storeAttrCached(c *attrCache, obj Value, name string, v Value) error {
	if in, ok := obj.o.(*Instance); ok && obj.k == kObj && !in.cls.builtin && name != "__dict__" {
		if attr, plain := c.classLookup(in.cls, name, true); plain {
			if sd, ok := attr.o.(*slotDescr); ok && attr.k == kObj {
				in.slots[sd.index] = v
				return nil
			}
			if d := in.dict; d != nil {
				c.storeDict(d, name, v)
				return nil
			}
		}
	}
	return vm.setAttr(obj, name, v)
}

// loadGlobalCached is LOAD_GLOBAL with a cache validated by the versions of
// the globals and builtins dicts.
func (vm *VM) loadGlobalCached(c *attrCache, globals *Dict, name string) (Value, bool) {
	if c.gval.k != kNull && c.gver == globals.version && c.bver == vm.builtins.version {
		return c.gval, true
	}
	if v, ok := globals.getStr(name); ok {
		c.gval, c.gver, c.bver = v, globals.version, vm.builtins.version
		return v, true
	}
	if v, ok := vm.builtinsOf(globals).getStr(name); ok {
		c.gval, c.gver, c.bver = v, globals.version, vm.builtins.version
		return v, true
	}
	return Null, false
}

// builtinsOf is the builtins namespace of code running with globals: its
// __builtins__ (a dict or a module), as exec and eval with restricted
// builtins rely on, or the interpreter's.
func (vm *VM) builtinsOf(globals *Dict) *Dict {
	if b, ok := globals.getStr("__builtins__"); ok && b.k == kObj {
		switch o := b.o.(type) {
		case *Dict:
			return o
		case *Module:
			return o.dict
		}
	}
	return vm.builtins
}

// dictPos returns the entry position of the str key name in the instance
// dict d, or -1, and remembers it for the next dict: one of the same
// shape is answered without looking at its entries.
func (c *attrCache) dictPos(d *Dict, name string) int {
	if sh := d.shape; sh != nil && sh == c.shape {
		return c.pos
	}
	return c.dictPosSlow(d, name)
}

// dictPosSlow is dictPos for a dict of another shape (kept apart so that
// the shape hit inlines).
func (c *attrCache) dictPosSlow(d *Dict, name string) int {
	p := c.pos
	if !d.entryIs(p, name) {
		if p = d.strPos(name); p < 0 {
			return -1
		}
	}
	c.pos, c.shape = p, d.shape
	return p
}

// dictLacks reports whether the instance dict d lacks the str key name,
// whose hash is h, and remembers d's shape when it does.
func (c *attrCache) dictLacks(d *Dict, name string, h int64) bool {
	if sh := d.shape; sh != nil && sh == c.absent {
		return true
	}
	return c.dictLacksSlow(d, name, h)
}

// dictLacksSlow is dictLacks for a dict of another shape.
//
//go:noinline
func (c *attrCache) dictLacksSlow(d *Dict, name string, h int64) bool {
	if dictHasStrHashed(d, name, h) {
		return false
	}
	c.absent = d.shape
	return true
}

// storeDict stores name = v in the instance dict d: in place when d has
// the name, as a new key otherwise. A dict of the shape the last new
// attribute stored here started from lacks the name (addKey records only
// such shapes): the key is added at once.
func (c *attrCache) storeDict(d *Dict, name string, v Value) {
	if sh := d.shape; sh != nil && sh == c.from {
		d.addStr(c.key, c.key.o.(*strObj).hashValue(), v, c.to)
		return
	}
	if p := c.dictPos(d, name); p >= 0 {
		d.entries[p].val = v
		d.touch()
		return
	}
	c.addKey(d, name, v)
}

// addKey stores the new attribute name = v in the instance dict d, which
// lacks it, and remembers the shapes before and after for the next object.
func (c *attrCache) addKey(d *Dict, name string, v Value) {
	from := d.shape
	d.setStr(name, v)
	if from != nil {
		if c.key.k != kObj || c.key.o.(*strObj).s != name {
			c.key = Str(name)
		}
		c.from, c.to = from, d.shape
	}
}
