package jitcore

import (
	"fmt"
	"testing"
)

// checkShape fails when d's shape does not name exactly its keys, in
// order (the invariant the attribute caches rely on, dict_shape.go).
func checkShape(t *testing.T, step string, d *Dict) {
	t.Helper()
	if d.shape == nil {
		return
	}
	if len(d.entries) != len(d.shape.keys) || d.used != len(d.entries) {
		t.Fatalf("%s: shape of %d keys, %d entries, %d used", step, len(d.shape.keys), len(d.entries), d.used)
	}
	for i, e := range d.entries {
		s, ok := e.key.o.(*strObj)
		if !ok || e.key.k != kObj || s.s != d.shape.keys[i] {
			t.Fatalf("%s: entry %d holds %v, shape says %q", step, i, e.key, d.shape.keys[i])
		}
	}
}

func TestDictShapeInvariant(t *testing.T) {
	root := newRootShape()
	type op struct {
		kind string // set, del, clear, pop, setint, copy
		key  string
	}
	cases := []struct {
		name   string
		ops    []op
		shaped bool // whether the dict still has a shape at the end
	}{
		{"appends", []op{{"set", "a"}, {"set", "b"}, {"set", "c"}}, true},
		{"overwrite keeps the shape", []op{{"set", "a"}, {"set", "b"}, {"set", "a"}}, true},
		{"delete drops it", []op{{"set", "a"}, {"set", "b"}, {"del", "a"}, {"set", "a"}}, false},
		{"delete of the last key", []op{{"set", "a"}, {"del", "a"}, {"set", "b"}}, false},
		{"clear drops it", []op{{"set", "a"}, {"clear", ""}, {"set", "a"}}, false},
		{"popitem drops it", []op{{"set", "a"}, {"set", "b"}, {"pop", ""}}, false},
		{"a key that is not a str", []op{{"set", "a"}, {"setint", ""}, {"set", "b"}}, false},
		{"a copy keeps it", []op{{"set", "a"}, {"set", "b"}, {"copy", ""}, {"set", "c"}}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &Dict{shape: root}
			for i, o := range c.ops {
				step := fmt.Sprintf("op %d (%s %s)", i, o.kind, o.key)
				switch o.kind {
				case "set":
					d.setStr(o.key, Int(int64(i)))
				case "del":
					d.delStr(o.key)
				case "clear":
					d.clear()
				case "pop":
					d.popLast()
				case "setint":
					if err := d.Set(nil, Int(7), None); err != nil {
						t.Fatal(err)
					}
				case "copy":
					d = d.copy()
				}
				checkShape(t, step, d)
			}
			if (d.shape != nil) != c.shaped {
				t.Fatalf("shaped at the end: %v, want %v", d.shape != nil, c.shaped)
			}
		})
	}
}

func TestDictShapeSharing(t *testing.T) {
	root := newRootShape()
	build := func(keys ...string) *Dict {
		d := &Dict{shape: root}
		for _, k := range keys {
			d.setStr(k, None)
		}
		return d
	}
	if a, b := build("x", "y"), build("x", "y"); a.shape == nil || a.shape != b.shape {
		t.Fatalf("same keys in the same order: shapes %p and %p, want one shared shape", a.shape, b.shape)
	}
	if a, b := build("x", "y"), build("y", "x"); a.shape == b.shape {
		t.Fatal("another order shares the shape")
	}
	if a := build("x", "y"); a.shape.index("y") != 1 || a.shape.index("z") != -1 {
		t.Fatalf("index: y at %d, z at %d", a.shape.index("y"), a.shape.index("z"))
	}
	long := make([]string, shapeMaxKeys+1)
	for i := range long {
		long[i] = fmt.Sprintf("k%d", i)
	}
	if d := build(long...); d.shape != nil {
		t.Fatalf("%d keys still shaped", len(long))
	}
	// past shapeMaxEdges distinct successors, a new one is not shaped
	unshaped := 0
	for i := 0; i < shapeMaxEdges+2; i++ {
		if build("edge-test", fmt.Sprintf("e%d", i)).shape == nil {
			unshaped++
		}
	}
	if unshaped != 2 {
		t.Fatalf("%d of %d successors unshaped, want 2", unshaped, shapeMaxEdges+2)
	}
	// one class's tree stops growing at shapeMaxTree shapes
	root = newRootShape()
	shaped := 0
	for i := 0; i < 8*8*8*8; i++ {
		if build(fmt.Sprint(i>>9), fmt.Sprint(i>>6&7), fmt.Sprint(i>>3&7), fmt.Sprint(i&7)).shape != nil {
			shaped++
		}
	}
	if n := root.tree.count.Load(); n != shapeMaxTree || shaped == 0 || shaped == 8*8*8*8 {
		t.Fatalf("tree of %d shapes, %d dicts of 4 keys shaped", n, shaped)
	}
}

// TestAttrCacheShape checks that dictPos answers from the shape only for
// a dict of the remembered shape, and dictLacks only for a shape known
// to lack the name.
func TestAttrCacheShape(t *testing.T) {
	root := newRootShape()
	mk := func(keys ...string) *Dict {
		d := &Dict{shape: root}
		for i, k := range keys {
			d.setStr(k, Int(int64(i)))
		}
		return d
	}
	var c attrCache
	ab, ba := mk("a", "b"), mk("b", "a")
	for _, tc := range []struct {
		d    *Dict
		want int
	}{{ab, 1}, {mk("a", "b"), 1}, {ba, 0}, {ab, 1}, {mk("a"), -1}, {mk("a", "c", "b"), 2}} {
		if got := c.dictPos(tc.d, "b"); got != tc.want {
			t.Fatalf("dictPos(%v) = %d, want %d", tc.d.shape.keys, got, tc.want)
		}
	}
	del := mk("a", "b")
	del.delStr("a")
	if got := c.dictPos(del, "b"); got != 1 || del.shape != nil { // the hole stays until a rebuild
		t.Fatalf("dictPos after a delete = %d, want 1", got)
	}
	var m attrCache
	h := hashString("m")
	if !m.dictLacks(ab, "m", h) || m.absent != ab.shape {
		t.Fatal("dictLacks: a dict without the name")
	}
	withM := mk("a", "b", "m")
	if m.dictLacks(withM, "m", h) {
		t.Fatal("dictLacks: a dict with the name")
	}
	if !m.dictLacks(mk("a", "b"), "m", h) {
		t.Fatal("dictLacks: the remembered shape")
	}
}

// TestAttrCacheStoreDict stores attributes through one cache per name,
// as the STORE_ATTR sites of an __init__ do, into dicts of several
// shapes (the fast transition, a shape that already has the name, an
// unshaped dict) and checks each against a dict built by setStr.
func TestAttrCacheStoreDict(t *testing.T) {
	root := newRootShape()
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	caches := map[string]*attrCache{}
	for _, n := range names {
		caches[n] = &attrCache{}
	}
	orders := [][]string{
		{"a", "b", "c"}, {"a", "b", "c"}, {"a", "b", "c", "a"}, {"b", "a", "c"}, {"a", "b", "c"},
		names, names, {"a", "b", "c"}, {"c", "c", "b"},
	}
	for round, order := range orders {
		for _, unshaped := range []bool{false, true} {
			d, want := &Dict{shape: root}, NewDict()
			if unshaped {
				d.setStr("x", None)
				d.delStr("x")
				want.setStr("x", None)
				want.delStr("x")
			}
			for i, n := range order {
				v := Int(int64(round*100 + i))
				caches[n].storeDict(d, n, v)
				want.setStr(n, v)
				checkShape(t, fmt.Sprintf("round %d, %s", round, n), d)
			}
			if len(d.items()) != len(want.items()) {
				t.Fatalf("round %d: %d items, want %d", round, len(d.items()), len(want.items()))
			}
			for i, e := range want.items() {
				got := d.items()[i]
				if !got.key.is(e.key) && got.key.o.(*strObj).s != e.key.o.(*strObj).s || got.val != e.val {
					t.Fatalf("round %d: item %d is %v: %v, want %v: %v", round, i, got.key, got.val, e.key, e.val)
				}
				if v, ok := d.getStr(e.key.o.(*strObj).s); !ok || v != e.val {
					t.Fatalf("round %d: lookup of %v gives %v", round, e.key, v)
				}
			}
			if unshaped == (d.shape != nil) {
				t.Fatalf("round %d: shaped %v", round, d.shape != nil)
			}
		}
	}
	if caches["b"].from == nil {
		t.Fatal("no transition remembered")
	}
}
