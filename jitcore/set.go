package jitcore

// Set is Python's set and frozenset, with CPython's open-addressing table
// (linear probes then perturbation, resize rule) so that iteration order
// matches CPython's.
type Set struct {
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	frozen bool
	finger int
	cls    *Type
}

type setEntry struct {
	hash  int64
	key   Value
	state uint8 // 0 unused, 1 active, 2 dummy
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

func (s *Set) pyType() *Type {
	if s.cls != nil {
		return s.cls
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{table: make([]setEntry, setMinSize)} }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// lookup returns the position of key or -1.
func (s *Set) lookup(vm *VM, key Value, hash int64) (int, error) {
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.state == 0 {
				return -1, nil
			}
			if e.state == 1 && e.hash == hash {
				if e.key.is(key) {
					return int(i + j), nil
				}
				eq, err := equalKeys(vm, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// add inserts key; it reports whether the key was new.
func (s *Set) add(vm *VM, key Value) error {
	h, err := vm.hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(vm, key, h)
}

func (s *Set) addHashed(vm *VM, key Value, hash int64) error {
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.state == 0 {
				e.state, e.hash, e.key = 1, hash, key
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.state == 1 && e.hash == hash {
				if e.key.is(key) {
					return nil
				}
				eq, err := equalKeys(vm, e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		if table[i].state == 0 {
			table[i] = setEntry{hash: hash, key: key, state: 1}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if table[i+j].state == 0 {
					table[i+j] = setEntry{hash: hash, key: key, state: 1}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.state == 1 {
			s.insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

func (s *Set) contains(vm *VM, key Value) (bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return false, err
	}
	pos, err := s.lookup(vm, key, h)
	return pos >= 0, err
}

// discard removes key and reports whether it was present.
func (s *Set) discard(vm *VM, key Value) (bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return false, err
	}
	pos, err := s.lookup(vm, key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	s.table[pos] = setEntry{hash: -1, state: 2}
	s.used--
	return true, nil
}

// keys returns the members in table order.
func (s *Set) keys() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.state == 1 {
			out = append(out, e.key)
		}
	}
	return out
}

// merge adds every member of o (set_merge).
func (s *Set) merge(vm *VM, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range o.table {
			if e.state == 1 {
				s.insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	for _, e := range o.table {
		if e.state == 1 {
			if err := s.addHashed(vm, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds every item of an iterable (set_update_internal).
func (s *Set) update(vm *VM, it Value) error {
	if o, ok := asSet(it); ok {
		return s.merge(vm, o)
	}
	if it.k == kObj {
		if d, ok := it.o.(*Dict); ok {
			if uint64(s.fill+d.used)*5 >= s.mask()*3 {
				s.resize((s.used + d.used) * 2)
			}
			for _, e := range d.items() {
				if err := s.addHashed(vm, e.key, e.hash); err != nil {
					return err
				}
			}
			return nil
		}
	}
	return vm.iterate(it, func(v Value) error { return s.add(vm, v) })
}

func (s *Set) copySet() *Set {
	n := NewSet()
	n.merge(nil, s)
	return n
}

func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// pop removes an arbitrary member as CPython does (scanning from finger).
func (s *Set) pop() (Value, bool) {
	if s.used == 0 {
		return Null, false
	}
	mask := int(s.mask())
	i := s.finger & mask
	for s.table[i].state != 1 {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{hash: -1, state: 2}
	s.used--
	s.finger = i + 1
	return k, true
}

func asSet(v Value) (*Set, bool) {
	if v.k != kObj {
		return nil, false
	}
	switch o := v.o.(type) {
	case *Set:
		return o, true
	case *Instance:
		if o.base.k == kObj {
			return asSet(o.base)
		}
	}
	return nil, false
}
