package jitcore

// Dict is Python's insertion-ordered dict: an entry array in insertion
// order and an open-addressing index with CPython's probe sequence.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty, otherwise an entry position
	used    int
	// version changes on every mutation; inline caches compare it.
	version uint64
	// shape is the shared key table of an instance dict whose keys are
	// all exact strs, appended and never removed; nil otherwise
	// (dict_shape.go).
	shape *dictShape
}

type dictEntry struct {
	hash int64
	key  Value // Null when deleted
	val  Value
	// short holds an exact str key of 1 to 7 bytes packed (shortKey), 0
	// for any other key: a str lookup then decides from the entry alone,
	// without loading the key object and its bytes (two cache misses).
	short uint64
}

// shortKey packs a string of 1 to 7 bytes with its length in the top
// byte, so that two packed strings are equal exactly when the strings
// are; 0 for any other string.
func shortKey(s string) uint64 {
	if len(s) == 0 || len(s) > 7 {
		return 0
	}
	p := uint64(len(s)) << 56
	for i := 0; i < len(s); i++ {
		p |= uint64(s[i]) << (8 * i)
	}
	return p
}

// shortOf is the short field for key.
func shortOf(key Value) uint64 {
	if ks, ok := key.o.(*strObj); ok && key.k == kObj {
		return shortKey(ks.s)
	}
	return 0
}

func (*Dict) pyType() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

var dictVersion uint64

func (d *Dict) touch() {
	dictVersion++
	d.version = dictVersion
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

func (d *Dict) rebuild(minSize int) {
	size := 8
	for size*2 < minSize*3 {
		size <<= 1
	}
	if d.used < len(d.entries) {
		d.shape = nil // positions change
		live := make([]dictEntry, 0, d.used+1)
		for _, e := range d.entries {
			if e.key.k != kNull {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(size - 1)
	for pos, e := range d.entries {
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for d.index[i] != -1 {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(pos)
	}
}

// find returns the index slot and entry position of key, or the empty slot
// and -1.
func (d *Dict) find(vm *VM, key Value, hash int64) (slot uint64, pos int, err error) {
	if d.index == nil {
		d.rebuild(1)
	}
	if ks, ok := key.o.(*strObj); ok && key.k == kObj {
		if slot, pos, ok := d.findStr(ks, hash); ok {
			return slot, pos, nil
		}
	}
top:
	if d.index == nil {
		d.rebuild(1)
	}
	index := d.index
	mask := uint64(len(index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		ix := index[i]
		if ix == -1 {
			return i, -1, nil
		}
		e := &d.entries[ix]
		if e.key.k != kNull && e.hash == hash {
			start := e.key
			if start.is(key) {
				return i, int(ix), nil
			}
			eq, err := equalKeys(vm, start, key)
			if err != nil {
				return 0, -1, err
			}
			// __eq__ may have changed the dict: as CPython, look again
			// when the table or the entry compared is no longer the same
			if len(d.index) != len(index) || &d.index[0] != &index[0] || int(ix) >= len(d.entries) || !d.entries[ix].key.is(start) {
				goto top
			}
			if eq {
				return i, int(ix), nil
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findStr is find for an exact str key: entries holding exact strs are
// compared here, by identity then text, without calling into Python. ok
// is false when an entry with the same hash holds another kind of key
// (a str subclass may define __eq__): the generic probe decides then.
func (d *Dict) findStr(ks *strObj, hash int64) (slot uint64, pos int, ok bool) {
	short := shortKey(ks.s)
	mask := uint64(len(d.index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		ix := d.index[i]
		if ix == -1 {
			return i, -1, true
		}
		e := &d.entries[ix]
		if e.hash == hash {
			if e.short != 0 || short != 0 { // a short exact str on either side: equal iff packed equal
				if e.short == short {
					return i, int(ix), true
				}
				if e.short != 0 {
					perturb >>= 5
					i = (i*5 + perturb + 1) & mask
					continue
				}
			}
			if es, isStr := e.key.o.(*strObj); isStr && e.key.k == kObj {
				if es == ks || es.s == ks.s {
					return i, int(ix), true
				}
			} else if e.key.k != kNull {
				return 0, -1, false
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// equalKeys compares two keys with equal hashes; str pairs are compared
// without calling into Python.
func equalKeys(vm *VM, a, b Value) (bool, error) {
	if a.k == kObj && b.k == kObj {
		if sa, ok := a.o.(*strObj); ok {
			if sb, ok := b.o.(*strObj); ok {
				return sa.s == sb.s, nil
			}
		}
	}
	if a.k != kObj && b.k != kObj {
		return scalarEqual(a, b), nil
	}
	return vm.equal(a, b)
}

// Get looks key up.
func (d *Dict) Get(vm *VM, key Value) (Value, bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return Null, false, err
	}
	return d.getHashed(vm, key, h)
}

func (d *Dict) getHashed(vm *VM, key Value, h int64) (Value, bool, error) {
	if d.used == 0 {
		return Null, false, nil
	}
	_, pos, err := d.find(vm, key, h)
	if err != nil || pos < 0 {
		return Null, false, err
	}
	return d.entries[pos].val, true, nil
}

// getStr looks up a str key without calling into Python.
func (d *Dict) getStr(name string) (Value, bool) {
	if d.used == 0 {
		return Null, false
	}
	h := hashString(name)
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == -1 {
			return Null, false
		}
		e := &d.entries[ix]
		if e.hash == h && e.key.k == kObj {
			if s, ok := e.key.o.(*strObj); ok && s.s == name {
				return e.val, true
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// strPos returns the entry position of a str key, or -1.
func (d *Dict) strPos(name string) int {
	if d.used == 0 {
		return -1
	}
	h := hashString(name)
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == -1 {
			return -1
		}
		e := &d.entries[ix]
		if e.hash == h && e.key.k == kObj {
			if s, ok := e.key.o.(*strObj); ok && s.s == name {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// entryIs reports whether entry pos holds the str key name.
func (d *Dict) entryIs(pos int, name string) bool {
	if pos < 0 || pos >= len(d.entries) {
		return false
	}
	k := d.entries[pos].key
	if k.k != kObj {
		return false
	}
	s, ok := k.o.(*strObj)
	return ok && s.s == name
}

// setStr stores a str key.
func (d *Dict) setStr(name string, v Value) {
	_ = d.SetHashed(nil, Str(name), hashString(name), v)
}

// Set stores key: val.
func (d *Dict) Set(vm *VM, key, val Value) error {
	h, err := vm.hash(key)
	if err != nil {
		return err
	}
	return d.SetHashed(vm, key, h, val)
}

// SetHashed stores key (whose hash is h): val.
func (d *Dict) SetHashed(vm *VM, key Value, h int64, val Value) error {
	slot, pos, err := d.find(vm, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].val = val
		d.touch()
		return nil
	}
	if (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.rebuild(d.used + 1)
		slot, _, _ = d.find(vm, key, h)
	}
	d.index[slot] = int32(len(d.entries))
	d.shape = d.shapeAfterAppend(key)
	d.entries = append(d.entries, dictEntry{hash: h, key: key, val: val, short: shortOf(key)})
	d.used++
	d.touch()
	return nil
}

// Delete removes key and reports whether it was present.
func (d *Dict) Delete(vm *VM, key Value) (Value, bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return Null, false, err
	}
	if d.used == 0 {
		return Null, false, nil
	}
	_, pos, err := d.find(vm, key, h)
	if err != nil || pos < 0 {
		return Null, false, err
	}
	old := d.entries[pos].val
	d.shape = nil
	d.entries[pos].key = Null
	d.entries[pos].short = 0
	d.entries[pos].val = Null
	d.used--
	d.touch()
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.index = nil
	}
	return old, true, nil
}

// delStr removes a str key.
func (d *Dict) delStr(name string) bool {
	_, ok, _ := d.Delete(nil, Str(name))
	return ok
}

// items returns the live entries in order.
func (d *Dict) items() []dictEntry {
	if d.used == len(d.entries) {
		return d.entries
	}
	out := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key.k != kNull {
			out = append(out, e)
		}
	}
	return out
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key.k != kNull {
			out = append(out, e.key)
		}
	}
	return out
}

func (d *Dict) copy() *Dict {
	n := &Dict{entries: append([]dictEntry(nil), d.items()...), used: d.used, shape: d.shape}
	n.rebuild(n.used)
	return n
}

func (d *Dict) clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.shape = nil
	d.touch()
}

// popLast removes the last item (dict.popitem).
func (d *Dict) popLast() (dictEntry, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].key.k != kNull {
			e := d.entries[i]
			d.shape = nil
			d.entries = d.entries[:i]
			d.used--
			d.rebuild(d.used)
			d.touch()
			return e, true
		}
	}
	return dictEntry{}, false
}
