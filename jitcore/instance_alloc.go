package jitcore

// One allocation per instance of a user class.
//
// An instance of a class with __slots__ used to be two objects (the
// Instance and its slots array), one with an instance dict two as well (the
// Instance and an empty Dict). Every attribute access then chased a second
// pointer to memory allocated elsewhere: on class-heavy programs with many
// small objects (vectors, points) that second cache miss cost as much as
// the rest of the load, and two allocations per object doubled the
// allocator's work. Here the Instance and its slots, or its Dict header,
// share one block: the slots sit right after the header, usually in the
// same or the next cache line. Go keeps a whole block alive while any
// interior pointer to it lives, so in.slots and in.dict stay valid.

type instanceSlots1 struct {
	in Instance
	s  [1]Value
}

type instanceSlots2 struct {
	in Instance
	s  [2]Value
}

type instanceSlots3 struct {
	in Instance
	s  [3]Value
}

type instanceSlots4 struct {
	in Instance
	s  [4]Value
}

type instanceWithDict struct {
	in Instance
	d  Dict
}

// newInstance allocates an instance of t with its empty dict (when t's
// instances have one) and its unset slots.
func newInstance(t *Type) *Instance {
	if !t.hasDict {
		switch len(t.slots) {
		case 0:
			return &Instance{cls: t}
		case 1:
			b := &instanceSlots1{in: Instance{cls: t}}
			b.in.slots = b.s[:]
			return &b.in
		case 2:
			b := &instanceSlots2{in: Instance{cls: t}}
			b.in.slots = b.s[:]
			return &b.in
		case 3:
			b := &instanceSlots3{in: Instance{cls: t}}
			b.in.slots = b.s[:]
			return &b.in
		case 4:
			b := &instanceSlots4{in: Instance{cls: t}}
			b.in.slots = b.s[:]
			return &b.in
		}
		return &Instance{cls: t, slots: make([]Value, len(t.slots))}
	}
	if len(t.slots) == 0 {
		b := &instanceWithDict{in: Instance{cls: t}, d: Dict{shape: t.rootShape()}}
		b.in.dict = &b.d
		return &b.in
	}
	return &Instance{cls: t, dict: &Dict{shape: t.rootShape()}, slots: make([]Value, len(t.slots))}
}
