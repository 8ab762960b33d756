package jitcore

import (
	"bytes"
	"math"
	"testing"
)

// naiveRepeat is the reference: count appends of items.
func naiveRepeat(items []Value, count int) []Value {
	var out []Value
	for i := 0; i < count; i++ {
		out = append(out, items...)
	}
	return out
}

func TestRepeatItems(t *testing.T) {
	obj := NewList([]Value{Int(1)})
	// chunk-sized counts in elements: repeatChunk / 32 bytes
	chunkElems := repeatChunk / 32
	cases := []struct {
		name  string
		items []Value
		count int
	}{
		{"empty", nil, 5},
		{"zero count", []Value{Int(3)}, 0},
		{"one", []Value{Bool(true)}, 1},
		{"scalar small", []Value{Int(-4)}, 7},
		{"scalar at chunk", []Value{Float(0.25)}, chunkElems},
		{"scalar past chunk", []Value{Bool(false)}, 3*chunkElems + 5},
		{"three scalars past chunk", []Value{Int(1), Float(2), Bool(true)}, chunkElems + 11},
		{"unit larger than chunk", naiveRepeat([]Value{Int(9), Int(8)}, chunkElems), 3},
		{"objects", []Value{Int(1), obj, None}, 2*chunkElems + 1},
		{"object alone", []Value{obj}, 1000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := repeatItems(c.items, c.count)
			want := naiveRepeat(c.items, c.count)
			if len(got) != len(want) {
				t.Fatalf("len %d, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("element %d: %+v, want %+v", i, got[i], want[i])
				}
			}
			if len(c.items) > 0 && c.count > 0 && &got[0] == &c.items[0] {
				t.Fatal("result aliases the items")
			}
		})
	}
}

func TestFillDoubling(t *testing.T) {
	for _, unit := range []int{1, 3, 32, 4096, repeatChunk - 1, repeatChunk + 7} {
		for _, copies := range []int{1, 2, 5, 3 * repeatChunk / unit, 3*repeatChunk/unit + 1} {
			if copies < 1 {
				continue
			}
			seed := make([]byte, unit)
			for i := range seed {
				seed[i] = byte(i*7 + 1)
			}
			b := make([]byte, unit*copies)
			copy(b, seed)
			fillDoubling(b, unit)
			if want := bytes.Repeat(seed, copies); !bytes.Equal(b, want) {
				t.Fatalf("unit %d copies %d: wrong fill", unit, copies)
			}
		}
	}
}

func TestRepeatCount(t *testing.T) {
	cases := []struct {
		size   int
		count  int64
		limit  int64
		total  int
		ok     bool
		overfl bool
	}{
		{0, math.MaxInt64, 10, 0, true, false},
		{5, 0, 10, 0, true, false},
		{2, 5, 10, 10, true, false},
		{2, 6, 10, 0, false, false},
		{3, 1 << 62, maxRepeatItems, 0, false, true},
		{1, math.MaxInt64, maxRepeatItems, 0, false, false},
		{2, math.MaxInt64 / 2, math.MaxInt64, math.MaxInt64 - 1, true, false},
	}
	for _, c := range cases {
		total, ok := repeatCount(c.size, c.count, c.limit)
		if total != c.total || ok != c.ok {
			t.Errorf("repeatCount(%d, %d, %d) = %d, %v; want %d, %v", c.size, c.count, c.limit, total, ok, c.total, c.ok)
		}
		if got := repeatOverflows(c.size, c.count); got != c.overfl {
			t.Errorf("repeatOverflows(%d, %d) = %v", c.size, c.count, got)
		}
	}
}
