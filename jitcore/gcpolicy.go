package jitcore

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The engine's garbage-collection policy, set once per process.
//
// Python programs allocate at a high rate (every instance, bound method,
// float beyond a register, frame of a generator), while their live heap
// is often small: a simulation of a few thousand objects keeps ~6 MB live
// and allocates hundreds of MB of short-lived vectors. Go's default
// (GOGC=100, a heap goal of twice the live heap, at least 4 MB) then runs
// a collection every few MB: each cycle costs its marking, turns write
// barriers on for its duration and preempts the interpreter's goroutine
// to scan its stack. CPython frees most of those objects by reference
// counting and rarely collects at all.
//
// The policy gives a small heap room to grow: after each collection the
// GC percent is set so that the next one comes after max(live, min(4 ×
// live, gcRoomCap)) more bytes, i.e. GOGC=400 for small heaps, falling to
// Go's default of 100 for heaps of a quarter GB and more, so that a
// program with a large live heap never needs more than twice its memory,
// as under the default. A GOGC or GOMEMLIMIT in the environment means
// the user chose: the policy then stays off.

const (
	gcPercentSmall = 400       // GC percent while the live heap is small
	gcRoomCap      = 256 << 20 // bytes of headroom the policy gives at most beyond 100%
)

var gcPolicyOnce sync.Once

// startGCPolicy installs the policy (once per process).
func startGCPolicy() {
	gcPolicyOnce.Do(func() {
		if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
			return
		}
		p := &gcPolicy{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, percent: 100}
		p.set(gcPercentSmall)
		p.arm()
	})
}

// gcPolicy re-tunes the GC percent after each collection, from a cleanup
// attached to an object that only the collection frees.
type gcPolicy struct {
	mu      sync.Mutex
	sample  []metrics.Sample
	percent int
}

func (p *gcPolicy) set(percent int) {
	if percent != p.percent {
		debug.SetGCPercent(percent)
		p.percent = percent
	}
}

// arm attaches the cleanup to a fresh sentinel: it runs after the next
// collection that finds the sentinel unreachable, i.e. after each cycle.
func (p *gcPolicy) arm() {
	sentinel := new([16]byte)
	runtime.AddCleanup(sentinel, func(p *gcPolicy) { p.tune() }, p)
}

// tune sets the percent for the live heap just measured, then re-arms.
func (p *gcPolicy) tune() {
	p.mu.Lock()
	defer p.mu.Unlock()
	metrics.Read(p.sample)
	live := uint64(0)
	if p.sample[0].Value.Kind() == metrics.KindUint64 {
		live = p.sample[0].Value.Uint64()
	}
	p.set(gcPercentFor(live))
	p.arm()
}

// gcPercentFor is the GC percent for a live heap of live bytes.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return gcPercentSmall
	}
	room := 4 * live
	if room > gcRoomCap {
		room = gcRoomCap
	}
	if room < live {
		room = live
	}
	return int(room * 100 / live)
}
