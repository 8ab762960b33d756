package pystr

import (
	"testing"
	"unicode/utf8"
)

func TestIndexerMatchesItem(t *testing.T) {
	for _, s := range []string{"", "abc", "héllo", "日本語", "a\U0001f600b", "\u0130x"} {
		x := NewIndexer(s)
		if x.Len() != utf8.RuneCountInString(s) || x.Len() != Len(s) {
			t.Errorf("%q: Len %d", s, x.Len())
		}
		runes := []rune(s)
		for i := 0; i < x.Len(); i++ {
			want, err := Item(s, i)
			if err != nil || x.Char(i) != want || x.At(i) != runes[i] {
				t.Errorf("%q[%d]: Char %q At %q, Item %q %v", s, i, x.Char(i), x.At(i), want, err)
			}
			if r, ok := At(s, i); !ok || r != runes[i] {
				t.Errorf("At(%q, %d) = %q %v", s, i, r, ok)
			}
			for j := i; j <= x.Len(); j++ {
				if got := x.Substr(i, j); got != string(runes[i:j]) {
					t.Errorf("%q.Substr(%d, %d) = %q", s, i, j, got)
				}
			}
		}
		if _, ok := At(s, x.Len()); ok {
			t.Errorf("At(%q, len) in range", s)
		}
		if ByteOffset(s, x.Len()) != len(s) || ByteOffset(s, x.Len()+1) != -1 || ByteOffset(s, -1) != -1 {
			t.Errorf("%q: ByteOffset bounds", s)
		}
	}
}

func BenchmarkFindNonASCII(b *testing.B) {
	s := "héllo wörld, 日本語 text with some more words in it"
	for i := 0; i < b.N; i++ {
		Find(s, "words", 3, 40)
	}
}

func BenchmarkRepr(b *testing.B) {
	s := "hello 'world'\n\tthis is a test"
	for i := 0; i < b.N; i++ {
		Repr(s)
	}
}

func BenchmarkLowerNonASCII(b *testing.B) {
	s := "HÉLLO WÖRLD ΑΣ"
	for i := 0; i < b.N; i++ {
		Lower(s)
	}
}
