package profile

import (
	"reflect"
	"strings"
	"testing"
)

func TestTailWriter(t *testing.T) {
	long := strings.Repeat("x", maxTailLineBytes+10)
	// A two-byte character straddling the cut: it must go, not be split.
	straddle := strings.Repeat("x", maxTailLineBytes-1) + "é" + "tail"
	tests := []struct {
		name   string
		keep   int
		writes []string
		want   StreamTail
	}{
		{"nothing written", 3, nil, StreamTail{Lines: []string{}}},
		{"fewer lines than kept", 3, []string{"a\nb\n"}, StreamTail{Lines: []string{"a", "b"}}},
		{"lines split across writes", 3, []string{"hel", "lo\nwor", "ld\n"}, StreamTail{Lines: []string{"hello", "world"}}},
		{"older lines dropped", 2, []string{"1\n2\n3\n4\n"}, StreamTail{Lines: []string{"3", "4"}, DroppedLines: 2}},
		{"unfinished last line kept", 2, []string{"1\n2\n3"}, StreamTail{Lines: []string{"2", "3"}, DroppedLines: 1}},
		{"empty lines count", 3, []string{"\n\na\n"}, StreamTail{Lines: []string{"", "", "a"}}},
		{"long line cut", 2, []string{long + "\nok\n"}, StreamTail{Lines: []string{strings.Repeat("x", maxTailLineBytes) + "…", "ok"}}},
		{"cut inside a character", 2, []string{straddle + "\n"}, StreamTail{Lines: []string{strings.Repeat("x", maxTailLineBytes-1) + "…"}}},
		{"long unfinished line", 2, []string{long[:100], long[100:]}, StreamTail{Lines: []string{strings.Repeat("x", maxTailLineBytes) + "…"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NewTailWriter(tt.keep)
			for _, s := range tt.writes {
				if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if got := w.Tail(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tail() = %q (dropped %d), want %q (dropped %d)", got.Lines, got.DroppedLines, tt.want.Lines, tt.want.DroppedLines)
			}
		})
	}
}
