package jitcore

import (
	"io"
	"testing"

	"jitlens/jitcore/pystr"
)

// checkStrFlags fails when what o records of its text disagrees with it.
func checkStrFlags(t *testing.T, what string, v Value) {
	t.Helper()
	o := strObjOf(v)
	if o == nil {
		t.Fatalf("%s: not a str: %v", what, v.Type().Name)
	}
	switch o.info {
	case strASCII:
		if !pystr.IsASCII(o.s) {
			t.Errorf("%s: %q marked ASCII", what, o.s)
		}
	case nil:
	default:
		if pystr.IsASCII(o.s) {
			t.Errorf("%s: %q marked non-ASCII", what, o.s)
		}
	}
	if o.hash != 0 && o.hash != hashString(o.s) {
		t.Errorf("%s: %q carries a stale hash", what, o.s)
	}
	if got, want := o.length(), pystr.Len(o.s); got != want {
		t.Errorf("%s: len(%q) = %d, want %d", what, o.s, got, want)
	}
}

// TestStrFastFlags checks that the fast paths' results carry the right
// ASCII flag and hash, with receivers whose flags are known or not.
func TestStrFastFlags(t *testing.T) {
	texts := []string{"", "a", "plain words here", "Mixed CASE", "caf\u00e9 au lait", "\u00c9COLE", "x\u3000y", "\u03a3A"}
	for _, s := range texts {
		for _, known := range []bool{false, true} {
			src := newStr(s)
			if known {
				src.isASCII()
				src.hashValue()
			}
			self := Obj(src)
			checkStrFlags(t, "lower "+s, caseMapped(src, lowerASCII(src)))
			checkStrFlags(t, "upper "+s, caseMapped(src, upperASCII(src)))
			checkStrFlags(t, "strip "+s, strResult(self, src, pystr.StripSpace(s)))
			for _, sep := range []string{" ", "a"} {
				parts, _ := pystr.Split(s, sep, -1)
				for _, p := range strPieces(src, true, parts).o.(*List).vals {
					checkStrFlags(t, "split "+s, p)
				}
			}
			for _, p := range strPieces(src, false, pystr.SplitWhitespace(s, -1)).o.(*List).vals {
				checkStrFlags(t, "split() "+s, p)
			}
			for _, other := range texts {
				checkStrFlags(t, "concat "+s+"+"+other, concatStr(src, newStr(other)))
				j, err := joinSeq(newStr(other), []Value{self, Str("z"), self})
				if err != nil {
					t.Fatal(err)
				}
				checkStrFlags(t, "join "+s, j)
			}
		}
	}
}

// TestDictShortKeys checks str lookups against the packed short keys:
// lengths around the packing limit, NUL bytes, deletions and hash
// collisions between short, long and non-str keys.
func TestDictShortKeys(t *testing.T) {
	keys := []string{"a", "a\x00", "\x00", "ab", "abcdefg", "abcdefgh", "abcdefg\x00", "", "\u00e9", "\u00e9t\u00e9"}
	d := NewDict()
	for i, k := range keys {
		if err := d.Set(nil, Str(k), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	for i, k := range keys {
		v, ok, err := d.Get(nil, Str(string([]byte(k))))
		if err != nil || !ok || v.n != int64(i) {
			t.Errorf("get %q: %v %v %v, want %d", k, v, ok, err, i)
		}
	}
	if _, ok, _ := d.Get(nil, Str("abcdef")); ok {
		t.Error("found a missing key")
	}
	if _, ok, _ := d.Delete(nil, Str("ab")); !ok {
		t.Fatal("delete ab")
	}
	if _, ok, _ := d.Get(nil, Str("ab")); ok {
		t.Error("found a deleted key")
	}
	// one hash for all: the probe must tell the keys apart by content,
	// comparing an int and a str through the VM
	vm := NewVM(nil, io.Discard, io.Discard, nil)
	c := NewDict()
	const h = 12345
	colliding := []Value{Str("ab"), Str("cd"), Str("abcdefghij"), Str("abcdefghik"), Int(h), Str("")}
	for i, k := range colliding {
		if err := c.SetHashed(vm, k, h, Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	for i, k := range colliding {
		probe := k
		if s, ok := asStr(k); ok {
			probe = Str(string([]byte(s)))
		}
		v, ok, err := c.getHashed(vm, probe, h)
		if err != nil || !ok || v.n != int64(i) {
			t.Errorf("colliding get %v: %v %v %v, want %d", k, v, ok, err, i)
		}
	}
	if _, ok, _ := c.getHashed(vm, Str("ef"), h); ok {
		t.Error("found a missing colliding key")
	}
}
