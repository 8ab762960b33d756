package native

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"syscall"
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
// write it without a barrier, and never moved by Go's collector.
type pcSlot struct {
	pc   uint64 // the interrupted instruction pointer
	seen uint64 // signals handled; written only by the thread itself
}

// ThreadPC samples the instruction pointer of one OS thread: the one that
// made it, which must stay locked to its goroutine (runtime.LockOSThread)
// for the samples to mean anything.
type ThreadPC struct {
	tid  int
	slot *pcSlot
	sent atomic.Uint64 // signals queued (by Signal, from any goroutine)
	used uint64        // slot.seen at the last Take (engine thread only)
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
