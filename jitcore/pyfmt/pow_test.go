package pyfmt

import (
	"math"
	"math/rand"
	"testing"
)

// TestPowFastAgreesWithBig checks the double-double fast path against the
// big.Float evaluation on random operands: when the fast path decides, it
// must give the same float64.
func TestPowFastAgreesWithBig(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	decided := 0
	n := 20000
	if testing.Short() {
		n = 3000
	}
	for i := 0; i < n; i++ {
		var x, y float64
		switch i % 3 {
		case 0:
			x, y = rng.Float64()*10, rng.Float64()*60-30
		case 1:
			x, y = 0.5+rng.Float64()*1.5, rng.Float64()*600-300
		default:
			x = math.Float64frombits(rng.Uint64() &^ (1 << 63))
			y = rng.Float64()*4 - 2
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) || x == 1 {
			continue
		}
		fast, ok := powFast(x, y)
		if !ok {
			continue
		}
		decided++
		if slow := powBig(x, y); fast != slow {
			t.Errorf("pow(%x, %x): fast %x, big %x", x, y, fast, slow)
		}
	}
	if decided < n/2 {
		t.Errorf("fast path decided only %d cases", decided)
	}
}
