package pystr

import (
	"reflect"
	"testing"
)

// TestSurrogates checks the generalized UTF-8 form lone surrogates take in
// Go strings: decoding, encoding, counting, indexing and repr.
func TestSurrogates(t *testing.T) {
	s := FromRunes([]rune{'a', 0xD800, 'é', 0xDFFF, 0x1F600})
	if got := Runes(s); !reflect.DeepEqual(got, []rune{'a', 0xD800, 'é', 0xDFFF, 0x1F600}) {
		t.Errorf("Runes = %U", got)
	}
	if n := Len(s); n != 5 {
		t.Errorf("Len = %d, want 5", n)
	}
	if r, ok := At(s, 3); !ok || r != 0xDFFF {
		t.Errorf("At(3) = %U %v", r, ok)
	}
	if got := Slice(s, 4, -1, 5); got != FromRunes([]rune{0x1F600, 0xDFFF, 'é', 0xD800, 'a'}) {
		t.Errorf("reversed = %q", got)
	}
	if got, want := Repr(s), `'a\ud800é\udfff😀'`; got != want {
		t.Errorf("Repr = %s, want %s", got, want)
	}
	if IsPrintable(EncodeRune(0xDC80)) {
		t.Error("a lone surrogate is not printable")
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{{"plain", false}, {"\xed\x9f\xbf", false}, {"\xed\xa0\x80", true}, {"x\xed\xbf\xbf", true}, {"\xed\xa0", false}} {
		if got := HasSurrogate(tc.s); got != tc.want {
			t.Errorf("HasSurrogate(%q) = %v", tc.s, got)
		}
	}
}
