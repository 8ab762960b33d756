package native

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// Sampling the instruction pointer of native code.
//
// Marks (mark.go) cost one store per source line run, which in a tight
// native loop or a recursive function of a few cycles per line is several
// percent of its time. A ThreadPC takes the engine thread's instruction
// pointer instead: the profiler's timer queues a real-time signal to that
// thread (rt_tgsigqueueinfo) carrying the address of the thread's slot;
// the handler, a few instructions of assembly that call nothing, copies
// the interrupted RIP there. Code compiled with a mark table (Func.MarkTable)
// then maps the PC to the mark in effect at it (Code.MarkAt), so the code
// itself runs no marks at all and a profiled run runs the same machine
// code as an unprofiled one.
//
// The Go runtime leaves this signal to us: it installs a handler for it
// only to forward it to os/signal, which nothing here asks for. Ours runs
// on the thread's alternate signal stack, which the runtime sets up for
// every thread it makes; NewThreadPC checks that the calling thread has
// one.

// threadpcSignal is the real-time signal used (SIGRTMIN+28): the runtime
// reserves 32 and 33, glibc-free Go programs use none of the rest.
const threadpcSignal = 60

const (
	saSiginfo  = 0x4
	saOnstack  = 0x08000000
	saRestart  = 0x10000000
	saRestorer = 0x04000000
	siQueue    = -1
	ssDisable  = 2
)

// threadpcPid is this process's id, checked by the handler; threadpcUid
// the user's, which a queued signal carries.
var (
	threadpcPid int32
	threadpcUid uint32
)

// liveSlots keeps every pcSlot ever made reachable: a signal queued just
// before its ThreadPC was dropped may still be delivered and write it.
var liveSlots struct {
	sync.Mutex
	all []*pcSlot
}

func newSlot() *pcSlot {
	s := &pcSlot{}
	liveSlots.Lock()
	liveSlots.all = append(liveSlots.all, s)
	liveSlots.Unlock()
	return s
}

func threadpcHandlerAddrs() (handler, restorer uintptr)

// kernelSigaction is the kernel's struct sigaction on x86-64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

var installOnce struct {
	sync.Once
	err error
}

// installThreadPC installs the handler once per process.
func installThreadPC() error {
	installOnce.Do(func() {
		threadpcPid = int32(syscall.Getpid())
		threadpcUid = uint32(syscall.Getuid())
		h, r := threadpcHandlerAddrs()
		act := kernelSigaction{handler: h, flags: saSiginfo | saOnstack | saRestart | saRestorer, restorer: r, mask: ^uint64(0)}
		if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, threadpcSignal, uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0); e != 0 {
			installOnce.err = fmt.Errorf("rt_sigaction: %w", e)
		}
	})
	return installOnce.err
}

// pcSlot is where the handler writes; pointer-free, so the handler may
// write it without a barrier, and never moved by Go's collector. The
// fields after seen are the flags a timer's signal raises besides
// (StartTimer); the handler reads them as addresses, zero for none, and
// they are set and cleared only by the sampled thread itself, which the
// handler interrupts: it never sees them half written.
type pcSlot struct {
	pc   uint64 // the interrupted instruction pointer
	seen uint64 // signals handled; written only by the thread itself

	flag      uintptr // an int32 moved from 0 to flagValue (compare-and-swap)
	flagValue uint64  // the value stored there (low 32 bits)
	due       uintptr // a uint32 set to 1
	active    uintptr // an atomic.Pointer[Frame]: the running native frame, if any
	ctxOff    uintptr // where a Frame holds its context's address
}

// ThreadPC samples the instruction pointer of one OS thread: the one that
// made it, which must stay locked to its goroutine (runtime.LockOSThread)
// for the samples to mean anything.
type ThreadPC struct {
	tid     int
	slot    *pcSlot
	timer   int32 // the kernel timer's id plus one; 0 if none (StartTimer)
	targets TimerTargets
	sent    atomic.Uint64 // signals queued (by Signal, from any goroutine)
	used    uint64        // slot.seen at the last Take (engine thread only)
}

// NewThreadPC prepares sampling the calling thread's instruction pointer.
// It fails where the handler cannot be installed or the thread has no
// alternate signal stack; callers then fall back to marks.
func NewThreadPC() (*ThreadPC, error) {
	var ss struct {
		sp    uintptr
		flags int32
		_     int32
		size  uintptr
	}
	if _, _, e := syscall.RawSyscall(syscall.SYS_SIGALTSTACK, 0, uintptr(unsafe.Pointer(&ss)), 0); e != 0 {
		return nil, fmt.Errorf("sigaltstack: %w", e)
	}
	if ss.flags&ssDisable != 0 || ss.size == 0 {
		return nil, errors.New("the thread has no alternate signal stack")
	}
	if err := installThreadPC(); err != nil {
		return nil, err
	}
	return &ThreadPC{tid: syscall.Gettid(), slot: newSlot()}, nil
}

// ctxDataOffset is the offset in a Frame of its context slice's data
// pointer, where the handler finds the words of the running frame.
const ctxDataOffset = unsafe.Offsetof(Frame{}.ctx)

// siginfo is the kernel's siginfo_t for a queued signal (128 bytes).
type siginfo struct {
	signo, errno, code int32
	_                  int32
	pid                int32
	uid                uint32
	value              uintptr
	_                  [96]byte
}

// Signal asks the thread for its instruction pointer; safe from any
// goroutine. The handler runs on that thread before it next runs user
// code after the kernel, at the latest at its next system call (Take).
func (t *ThreadPC) Signal() error {
	info := siginfo{signo: threadpcSignal, code: siQueue, pid: threadpcPid, uid: threadpcUid, value: uintptr(unsafe.Pointer(t.slot))}
	_, _, e := syscall.RawSyscall6(syscall.SYS_RT_TGSIGQUEUEINFO, uintptr(threadpcPid), uintptr(t.tid), threadpcSignal, uintptr(unsafe.Pointer(&info)), 0, 0)
	if e != 0 {
		return e
	}
	t.sent.Add(1)
	return nil
}

// Take returns the instruction pointer the last signal caught, if one was
// caught since the previous Take; only the sampled thread may call it. A
// signal queued but not yet handled (the timer's flag can be seen before
// the kernel interrupts the thread) is handled by a system call first: a
// pending signal is delivered on the way back from the kernel.
func (t *ThreadPC) Take() (uintptr, bool) {
	seen := atomic.LoadUint64(&t.slot.seen)
	if seen < t.sent.Load() {
		syscall.RawSyscall(syscall.SYS_GETPID, 0, 0, 0)
		seen = atomic.LoadUint64(&t.slot.seen)
	}
	if seen == t.used {
		return 0, false
	}
	t.used = seen
	return uintptr(atomic.LoadUint64(&t.slot.pc)), true
}

// TimerTargets are the flags a sampling timer's signal raises on the
// thread it interrupts, besides noting the instruction pointer: what a
// tick of a timer goroutine would do, done by the kernel and the handler
// with no other thread woken. Nil fields are left alone.
type TimerTargets struct {
	// Flag is moved from 0 to FlagValue (a compare-and-swap: another
	// request already pending is kept).
	Flag      *atomic.Int32
	FlagValue int32
	// Due is set to 1.
	Due *atomic.Uint32
	// Active holds the native frame running on the thread, if any; its
	// interrupt word is raised, as Frame.Interrupt does, so that the code
	// leaves at its next back-edge.
	Active *atomic.Pointer[Frame]
}

// sigevThreadID is SIGEV_THREAD_ID: a timer's signal goes to one thread.
const sigevThreadID = 4

// sigevent is the kernel's struct sigevent for SIGEV_THREAD_ID (64 bytes).
type sigevent struct {
	value  uintptr
	signo  int32
	notify int32
	tid    int32
	_      [44]byte
}

// itimerspec is the kernel's struct itimerspec.
type itimerspec struct {
	interval, value syscall.Timespec
}

// StartTimer starts a kernel timer (CLOCK_MONOTONIC) that signals the
// thread every period: each signal notes the instruction pointer, as Signal
// does, and raises the targets. The timer runs in the kernel, so no other
// thread wakes up per tick and the sampled thread pays only the signal's
// delivery. Only the sampled thread may call it, and it must call
// StopTimer before it unlocks itself from its goroutine or the targets'
// memory goes away. It fails if a timer already runs.
func (t *ThreadPC) StartTimer(period time.Duration, to TimerTargets) error {
	if t.timer != 0 {
		return errors.New("native: a sampling timer is already running")
	}
	if period <= 0 {
		return errors.New("native: the timer's period must be positive")
	}
	t.setTargets(to)
	ev := sigevent{value: uintptr(unsafe.Pointer(t.slot)), signo: threadpcSignal, notify: sigevThreadID, tid: int32(t.tid)}
	var id int32
	if _, _, e := syscall.RawSyscall(syscall.SYS_TIMER_CREATE, uintptr(clockMonotonic), uintptr(unsafe.Pointer(&ev)), uintptr(unsafe.Pointer(&id))); e != 0 {
		t.setTargets(TimerTargets{})
		return fmt.Errorf("timer_create: %w", e)
	}
	ts := syscall.NsecToTimespec(int64(period))
	spec := itimerspec{interval: ts, value: ts}
	if _, _, e := syscall.RawSyscall6(syscall.SYS_TIMER_SETTIME, uintptr(id), 0, uintptr(unsafe.Pointer(&spec)), 0, 0, 0); e != 0 {
		syscall.RawSyscall(syscall.SYS_TIMER_DELETE, uintptr(id), 0, 0)
		t.setTargets(TimerTargets{})
		return fmt.Errorf("timer_settime: %w", e)
	}
	t.timer = id + 1
	return nil
}

// clockMonotonic is CLOCK_MONOTONIC: the timer ticks in wall time, also
// while the thread is blocked, as the profiler's samples of I/O need.
const clockMonotonic = 1

// StopTimer deletes the timer StartTimer made and clears its targets;
// only the sampled thread may call it. A signal still pending when the
// timer goes is delivered on the way back from the kernel, before the
// targets are cleared. It returns the signals handled on the thread.
func (t *ThreadPC) StopTimer() uint64 {
	if t.timer != 0 {
		syscall.RawSyscall(syscall.SYS_TIMER_DELETE, uintptr(t.timer-1), 0, 0)
		t.timer = 0
		t.setTargets(TimerTargets{})
	}
	return atomic.LoadUint64(&t.slot.seen)
}

// setTargets points the slot at to's flags; the handler only runs on this
// thread, between two of these stores or after them all.
func (t *ThreadPC) setTargets(to TimerTargets) {
	s := t.slot
	s.flag, s.flagValue, s.due, s.active = 0, 0, 0, 0
	if to.Flag != nil {
		s.flag, s.flagValue = uintptr(unsafe.Pointer(to.Flag)), uint64(uint32(to.FlagValue))
	}
	if to.Due != nil {
		s.due = uintptr(unsafe.Pointer(to.Due))
	}
	if to.Active != nil {
		s.active = uintptr(unsafe.Pointer(to.Active))
	}
	s.ctxOff = ctxDataOffset
	t.targets = to // keeps the flags' memory alive while the timer runs
}
