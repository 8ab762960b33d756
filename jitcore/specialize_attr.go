package jitcore

import "fmt"

// Attribute forms shared by several classes.
//
// LOAD_ATTR_INSTANCE, LOAD_ATTR_SLOT, LOAD_METHOD_INSTANCE and the
// STORE_ATTR forms are specialized on one class, but a site in a base
// class's method sees the instances of every subclass (self.pos in
// Agent.move runs for Agent, Heavy and Fast). Rather than losing the
// specialization to the first subclass, a receiver of another class (or
// of the same class after it changed) asks the instruction's attribute
// cache (cache.go, up to cacheWays classes, each validated by its version)
// where the attribute lives on that class: still plain data in a slot or
// in the instance dict, or a plain function for a method, and the
// specialized form goes on. Only when the class-level lookup says
// otherwise (a property, a data descriptor, an overridden __getattribute__
// or __setattr__, a method shadowed in the instance dict) is the generic
// form put back, as before.

// instanceAttrPlan says where attribute name of the instances of t lives
// as far as the class is concerned: slot >= 0 is a __slots__ index, -1
// the instance dict. ok is false when the class makes the access
// anything but plain (see attrCache.classLookup) or is built in.
func instanceAttrPlan(c *attrCache, t *Type, name string, setter bool) (slot int, ok bool) {
	if t.builtin || t.version == 0 {
		return 0, false
	}
	attr, plain := c.classLookup(t, name, setter)
	if !plain {
		return 0, false
	}
	if sd, isSlot := attr.o.(*slotDescr); isSlot && attr.k == kObj {
		return sd.index, true
	}
	return -1, true
}

// dictHasStrHashed reports whether d holds the str key name, whose hash
// is h (hashString(name), computed once per instruction).
func dictHasStrHashed(d *Dict, name string, h int64) bool {
	if d.used == 0 {
		return false
	}
	if len(d.entries) <= 8 {
		// an instance's few attributes: scan the entries, which the
		// method is about to read anyway, rather than touch the index
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key.k == kObj {
				if s, ok := e.key.o.(*strObj); ok && s.s == name {
					return true
				}
			}
		}
		return false
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == -1 {
			return false
		}
		e := &d.entries[ix]
		if e.hash == h && e.key.k == kObj {
			if s, ok := e.key.o.(*strObj); ok && s.s == name {
				return true
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// loadAttrSpecialized runs LOAD_ATTR_INSTANCE and LOAD_ATTR_SLOT on
// receiver o: ok is false when the guess no longer holds (the caller puts
// the generic form back).
func (vm *VM) loadAttrSpecialized(c *attrCache, e *specEntry, o Value, name string, slotForm bool) (Value, bool, error) {
	x, ok := o.o.(*Instance)
	if !ok || o.k != kObj {
		return Null, false, nil
	}
	slot := -1
	if slotForm {
		slot = e.pos
	}
	if x.cls != e.t || e.t.version != e.ver {
		if slot, ok = instanceAttrPlan(c, x.cls, name, false); !ok {
			return Null, false, nil
		}
	}
	if slot >= 0 {
		if v := x.slots[slot]; v.k != kNull {
			return v, true, nil
		}
		v, err := vm.getAttr(o, name) // unset: __getattr__ or the AttributeError
		return v, true, err
	}
	d := x.dict
	if d == nil {
		return Null, false, nil
	}
	p := c.dictPos(d, name)
	if p < 0 {
		return Null, false, nil
	}
	return d.entries[p].val, true, nil
}

// storeAttrSpecialized runs STORE_ATTR_INSTANCE and STORE_ATTR_SLOT:
// o.name = v; false when the guess no longer holds.
func storeAttrSpecialized(c *attrCache, e *specEntry, o Value, name string, v Value, slotForm bool) bool {
	x, ok := o.o.(*Instance)
	if !ok || o.k != kObj {
		return false
	}
	slot := -1
	if slotForm {
		slot = e.pos
	}
	if x.cls != e.t || e.t.version != e.ver {
		if slot, ok = instanceAttrPlan(c, x.cls, name, true); !ok {
			return false
		}
	}
	if slot >= 0 {
		x.slots[slot] = v
		return true
	}
	d := x.dict
	if d == nil {
		return false
	}
	c.storeDict(d, name, v)
	return true
}

// loadMethodSpecialized runs LOAD_METHOD_INSTANCE: the Python function
// to call with o as self, or ok false when the guess no longer holds.
func loadMethodSpecialized(c *attrCache, e *specEntry, o Value, name string) (Value, bool) {
	x, ok := o.o.(*Instance)
	if !ok || o.k != kObj {
		return Null, false
	}
	fn := e.v
	if x.cls != e.t || e.t.version != e.ver {
		if x.cls.builtin || x.cls.version == 0 {
			return Null, false
		}
		attr, plain := c.classLookup(x.cls, name, false)
		if _, isFn := attr.o.(*Function); !plain || !isFn || attr.k != kObj {
			return Null, false
		}
		fn = attr
	}
	if d := x.dict; d != nil && !c.dictLacks(d, name, e.h) {
		return Null, false
	}
	return fn, true
}

// isDunder reports whether name is a special name (__x__), which the
// attribute forms leave to the generic paths (__class__, __dict__...).
func isDunder(name string) bool {
	return len(name) > 4 && name[0] == '_' && name[1] == '_' && name[len(name)-1] == '_' && name[len(name)-2] == '_'
}

// specStoreAttr specializes STORE_ATTR on an instance of a user class.
func (vm *VM) specStoreAttr(f *Frame, pc int, o Value, name string) string {
	x, ok := o.o.(*Instance)
	if !ok || o.k != kObj {
		return "unsupported type: " + typeDesc(o)
	}
	t := x.cls
	if t.builtin {
		return "unsupported type: " + t.Name
	}
	if t.version == 0 {
		return "class without a version: " + t.Name
	}
	if isDunder(name) {
		return "special attribute"
	}
	slot, ok := instanceAttrPlan(&f.rt.caches[pc], t, name, true)
	if !ok {
		attr, _ := t.lookup(name)
		if _, isProp := attr.o.(*Property); isProp && attr.k == kObj {
			return "attribute is a property"
		}
		return "class overrides attribute assignment or has a data descriptor"
	}
	e := &f.rt.spec[pc]
	if slot >= 0 {
		e.t, e.ver, e.pos = t, t.version, slot
		vm.specialized(f, pc, opStoreAttrSlot)
		return ""
	}
	if x.dict == nil {
		return fmt.Sprintf("%s object without a __dict__", t.Name)
	}
	e.t, e.ver = t, t.version
	vm.specialized(f, pc, opStoreAttrInstance)
	return ""
}
