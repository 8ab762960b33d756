package jitcore

import (
	"sync"
	"sync/atomic"
)

// Shared key tables ("hidden classes") for instance dicts.
//
// Most objects of a class get the same attributes in the same order (the
// assignments of __init__), so their dicts hold the same keys at the same
// positions. A dictShape names one such key sequence; an instance dict
// that only ever had exact str keys appended (nothing deleted, cleared or
// popped) points to the shape of its keys, and every such dict with the
// same keys in the same order points to the same shape. The attribute
// forms (specialize_attr.go, cache.go) then decide where an attribute
// lives, or that it is absent, from one pointer comparison instead of
// hashing into each instance's dict.
//
// The invariant, kept by every mutation in dict.go: when d.shape is not
// nil, d.entries holds exactly d.shape.keys, in order, all live. Any other
// change (a delete, a non-str key, clear, popitem) drops the dict's shape
// for good: it is then an ordinary dict and the caches take the slow path.

// dictShape is one sequence of str keys. Each class has its own tree of
// shapes, rooted at Type.shapes, so that the tree lives and dies with the
// class and one class's attribute names do not crowd another's. Shapes
// are immutable once made; transitions to longer sequences are added
// under shapeMu and published atomically, so that the fast path takes no
// lock.
type dictShape struct {
	keys []string
	next atomic.Pointer[[]shapeEdge]
	tree *shapeTree // shared by all the shapes of one tree
}

// shapeTree is what the shapes of one tree share.
type shapeTree struct {
	count   atomic.Int64 // shapes made
	maxKeys atomic.Int32 // keys of the longest shape: the size new dicts grow to at once
}

type shapeEdge struct {
	key   string
	shape *dictShape
}

const (
	// shapeMaxKeys bounds a shape's length: objects used as open-ended
	// namespaces stop being shaped rather than grow the tree.
	shapeMaxKeys = 32
	// shapeMaxEdges bounds the distinct keys that may follow one shape.
	shapeMaxEdges = 8
	// shapeMaxTree bounds the shapes of one class.
	shapeMaxTree = 1024
)

var shapeMu sync.Mutex

// newRootShape returns the empty shape of a new tree.
func newRootShape() *dictShape {
	return &dictShape{tree: new(shapeTree)}
}

// rootShape returns the empty shape of t's instance dicts. A class
// shares the tree of its most basic user-defined base, so that the
// instances of subclasses set up by the same __init__ share shapes too:
// a site in a base class's method then sees one shape, not one per
// subclass.
func (t *Type) rootShape() *dictShape {
	if t.shapes == nil {
		base := t
		for _, c := range t.MRO {
			if !c.builtin {
				base = c
			}
		}
		if base.shapes == nil {
			base.shapes = newRootShape()
		}
		t.shapes = base.shapes
	}
	return t.shapes
}

// child returns the shape of s's keys followed by key, or nil when the
// bounds above are reached.
func (s *dictShape) child(key string) *dictShape {
	if p := s.next.Load(); p != nil {
		for _, e := range *p {
			if e.key == key {
				return e.shape
			}
		}
	}
	if len(s.keys) >= shapeMaxKeys {
		return nil
	}
	shapeMu.Lock()
	defer shapeMu.Unlock()
	var edges []shapeEdge
	if p := s.next.Load(); p != nil {
		edges = *p
		for _, e := range edges {
			if e.key == key {
				return e.shape
			}
		}
	}
	if len(edges) >= shapeMaxEdges || s.tree.count.Load() >= shapeMaxTree {
		return nil
	}
	s.tree.count.Add(1)
	if n := int32(len(s.keys) + 1); n > s.tree.maxKeys.Load() {
		s.tree.maxKeys.Store(n)
	}
	keys := make([]string, len(s.keys)+1)
	copy(keys, s.keys)
	keys[len(s.keys)] = key
	c := &dictShape{keys: keys, tree: s.tree}
	grown := make([]shapeEdge, len(edges)+1)
	copy(grown, edges)
	grown[len(edges)] = shapeEdge{key, c}
	s.next.Store(&grown)
	return c
}

// index returns the position of key in the shape, or -1.
func (s *dictShape) index(key string) int {
	for i, k := range s.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// shapeAfterAppend is d's shape once key is appended to its entries.
func (d *Dict) shapeAfterAppend(key Value) *dictShape {
	if d.shape == nil {
		return nil
	}
	if ks, ok := key.o.(*strObj); ok && key.k == kObj {
		return d.shape.child(ks.s)
	}
	return nil
}

// setInstanceDict is o.__dict__ = v for an instance with a dict: the
// instance takes v itself (a dict subclass gives its dict part), as
// CPython does; the attribute caches then see a dict of another shape.
func setInstanceDict(in *Instance, v Value) error {
	if v.k == kObj {
		switch x := v.o.(type) {
		case *Dict:
			in.dict = x
			return nil
		case *Instance:
			if d, ok := x.base.o.(*Dict); ok && x.base.k == kObj {
				in.dict = d
				return nil
			}
		}
	}
	return typeErrorf("__dict__ must be set to a dictionary, not a '%s'", v.Type().tpName())
}

// addStr appends the exact str key k, whose hash is h and which d lacks,
// with value v; next is the shape of d's keys followed by k (nil when
// unshaped). It is SetHashed for the attribute stores that saw this
// transition before (attrCache.addKey): no probe compares keys, and the
// entries are allocated at once at the size the class's dicts reach.
func (d *Dict) addStr(k Value, h int64, v Value, next *dictShape) {
	if d.index == nil {
		d.rebuild(1)
	}
	if (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.rebuild(d.used + 1)
	}
	if len(d.entries) == cap(d.entries) && d.shape != nil {
		if n := int(d.shape.tree.maxKeys.Load()); n > len(d.entries) {
			grown := make([]dictEntry, len(d.entries), max(n, 2*len(d.entries)))
			copy(grown, d.entries)
			d.entries = grown
		}
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for d.index[i] != -1 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: k, val: v, short: shortOf(k)})
	d.used++
	d.shape = next
	d.touch()
}
