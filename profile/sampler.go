package profile

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultRate is the sampling rate used when Options.Rate is zero.
const DefaultRate = 1000

// maxRate bounds the rate: beyond it ticks cost more than they tell.
const maxRate = 100_000

// Options configure a Sampler.
type Options struct {
	// Rate is the sampling rate in Hz; 0 means DefaultRate.
	Rate int
	// Clock supplies monotonic and CPU time; nil means the system clocks.
	Clock Clock
	// OnTick, when set, is called by the timer goroutine each time it
	// raises the flag, so that an engine polling a flag of its own (one
	// check for interrupts and samples alike) can raise that one too.
	OnTick func()
}

// Sampler is the sampling profiler. A timer goroutine raises a flag at the
// configured rate; the engine polls the flag (Flag) at loop back-edges and
// calls and, when it is set, calls Record with the current Python stack.
// While the engine is blocked (EnterBlocking .. LeaveBlocking), the timer
// takes the samples itself from the stack the engine published.
//
// Each sample weighs the monotonic time since the previous sample (and the
// process CPU time consumed meanwhile), so time spent where the engine
// cannot poll, such as a long builtin call, is charged to the line that made
// the call. Once the engine's thread is bound (BindEngineThread), a sample
// of running code weighs at most the CPU time that thread consumed since the
// previous sample: time the OS gave to other processes is no line's.
// The timer reads the CPU clocks (system calls) as it ticks, on its own
// thread, so that the engine's share of a sample is its stack and one
// read of the monotonic clock.
//
// All methods are safe for concurrent use.
type Sampler struct {
	due    *dueFlag // separate pointer-free allocation: its address is stable and may be given to native code
	rate   int
	clock  Clock
	onTick func()

	blocked atomic.Uint32 // 1 between EnterBlocking and LeaveBlocking; read by the timer without mu

	mu         sync.Mutex
	state      samplerState
	prof       *Profile
	startNow   time.Duration
	startCPU   time.Duration
	lastNow    time.Duration // clock.Now at the previous sample
	lastCPU    time.Duration // clock.CPU at the previous sample
	blockState State
	blockStack []Frame // the engine's frames, untouched by it until LeaveBlocking

	engineThread  int           // OS thread bound by BindEngineThread; 0 if none
	lastThreadCPU time.Duration // its CPU time at the previous sample it recorded

	// The clocks as the last tick read them, for the sample it asked for
	// (readAtTick): the engine then reads only the monotonic clock.
	period        time.Duration
	tickFresh     bool // a tick read them and no sample used them yet
	tickNow       time.Duration
	tickCPU       time.Duration
	tickThreadCPU time.Duration
	tickThreadOK  bool

	// Blocked intervals are charged exactly when they end (LeaveBlocking),
	// not only by the ticks that happen to fall inside them.
	enterNow       time.Duration // clock.Now at EnterBlocking
	enterCPU       time.Duration // clock.CPU then
	enterThreadCPU time.Duration // the engine thread's CPU time then
	blockedWall    time.Duration // wall time charged by LeaveBlocking since the previous sample
	blockedCPU     time.Duration // process CPU time within those blocked intervals
	blockedThread  time.Duration // the engine thread's CPU time within them

	// external: the ticks come from outside (StartExternal), not from a
	// timer goroutine of the sampler
	external bool

	stopTimer chan struct{} // closed by Stop
	timerDone chan struct{} // closed by the timer goroutine when it ends
}

// dueFlag is the flag the engine polls, alone on its cache line so that the
// timer's stores do not invalidate the line holding the sampler's other state.
type dueFlag struct {
	v atomic.Uint32
	_ [60]byte
}

type samplerState uint8

const (
	samplerIdle samplerState = iota
	samplerRunning
	samplerStopped
)

// CheckRate reports whether NewSampler takes rate (0: the default).
func CheckRate(rate int) error {
	if rate < 0 || rate > maxRate {
		return errors.New("profile: sample rate must be between 1 and 100000 Hz")
	}
	return nil
}

// NewSampler returns a sampler that is not yet running.
func NewSampler(opts Options) (*Sampler, error) {
	rate := opts.Rate
	if rate == 0 {
		rate = DefaultRate
	}
	if err := CheckRate(rate); err != nil {
		return nil, err
	}
	clock := opts.Clock
	if clock == nil {
		clock = newSystemClock()
	}
	return &Sampler{due: new(dueFlag), rate: rate, clock: clock, onTick: opts.OnTick, period: time.Second / time.Duration(rate)}, nil
}

// BindEngineThread tells the sampler that the engine runs on the calling OS
// thread (the caller has locked its goroutine to it with
// runtime.LockOSThread) for the rest of the run. Samples the engine records
// on that thread then weigh the thread's own CPU time where it is less than
// the wall time since the previous sample, so a run on a busy machine is
// profiled as it would be on an idle one. It reports whether the platform
// can read the thread's clock; without it, samples weigh wall time.
func (s *Sampler) BindEngineThread() bool {
	tc, ok := s.clock.(ThreadClock)
	if !ok {
		return false
	}
	tid, cpu, ok := tc.ThreadCPU()
	if !ok {
		return false
	}
	s.mu.Lock()
	s.engineThread, s.lastThreadCPU = tid, cpu
	s.mu.Unlock()
	return true
}

// Rate returns the sampling rate in Hz.
func (s *Sampler) Rate() int { return s.rate }

// Flag returns the flag the engine polls. It is nonzero when a sample is due.
// Checking it is one load: `if flag.Load() != 0 { s.Record(stack) }`.
// The flag lives in its own pointer-free heap object that never moves and
// stays alive as long as the Sampler, so native code may poll its address
// (uintptr(unsafe.Pointer(flag))) with a plain 32-bit load.
func (s *Sampler) Flag() *atomic.Uint32 { return &s.due.v }

// Start starts the timer. It may be called once.
func (s *Sampler) Start() error {
	if err := s.begin(true); err != nil {
		return err
	}
	go s.runTimer(time.Second/time.Duration(s.rate), s.stopTimer, s.timerDone)
	return nil
}

// StartExternal starts measuring with ticks that come from outside the
// sampler: typically a kernel timer that interrupts the engine's thread
// and raises Flag (and the engine's own flag) in a signal handler, so that
// nothing else wakes up at each tick. The engine records its samples as
// with Start, reading the clocks itself. No tick samples a blocked
// interval then: LeaveBlocking charges it with a sample for each period
// it lasted. It may be called once, instead of Start.
func (s *Sampler) StartExternal() error {
	if err := s.begin(false); err != nil {
		return err
	}
	s.mu.Lock()
	s.external = true
	s.mu.Unlock()
	return nil
}

// begin starts measuring, with the timer channels when withTimer is set;
// without, tests drive tick by hand.
func (s *Sampler) begin(withTimer bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != samplerIdle {
		return errors.New("profile: sampler already started")
	}
	s.state = samplerRunning
	s.prof = NewProfile(s.rate)
	s.prof.Start = time.Now()
	s.startNow, s.startCPU = s.clock.Now(), s.clock.CPU()
	s.lastNow, s.lastCPU = s.startNow, s.startCPU
	if withTimer {
		s.stopTimer = make(chan struct{})
		s.timerDone = make(chan struct{})
	}
	return nil
}

func (s *Sampler) runTimer(period time.Duration, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			s.tick()
		}
	}
}

// Stop stops the timer and returns the profile, with its duration and CPU
// time measured up to now. Time since the last sample (less than a period,
// unless the engine stopped polling) is in Duration but in no sample.
// Stop may be called more than once; later calls return the same profile.
// It returns nil if the sampler was never started.
func (s *Sampler) Stop() *Profile {
	s.mu.Lock()
	if s.state != samplerRunning {
		p := s.prof
		s.mu.Unlock()
		return p
	}
	s.leaveLocked() // a script stopped while blocked: charge the interval
	s.state = samplerStopped
	s.prof.Duration = s.clock.Now() - s.startNow
	s.prof.CPUTime = s.clock.CPU() - s.startCPU
	p, stop, done := s.prof, s.stopTimer, s.timerDone
	s.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
	s.due.v.Store(0)
	return p
}
