package jitcore

import "testing"

// TestGCPercentFor checks the policy's GC percent: 400 for small live
// heaps, the 256 MB cap in between, Go's default 100 for large ones.
func TestGCPercentFor(t *testing.T) {
	tests := []struct {
		live uint64
		want int
	}{
		{0, 400},
		{1 << 20, 400},
		{64 << 20, 400},
		{128 << 20, 200},
		{256 << 20, 100},
		{4 << 30, 100},
	}
	for _, tt := range tests {
		if got := gcPercentFor(tt.live); got != tt.want {
			t.Errorf("gcPercentFor(%d) = %d, want %d", tt.live, got, tt.want)
		}
	}
}
