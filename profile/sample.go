package profile

import "time"

// Taking samples: by the engine (Record) or, while it blocks, by the timer.

// tick is one timer period: take a blocked sample, or ask the engine for one.
func (s *Sampler) tick() {
	s.mu.Lock()
	if s.blocked.Load() != 0 && s.state == samplerRunning && s.blockStack != nil {
		s.recordLocked(s.blockStack, s.blockState)
		s.mu.Unlock()
		return
	}
	s.readAtTick()
	s.mu.Unlock()
	s.due.v.Store(1)
	if s.onTick != nil {
		s.onTick()
	}
}

// Record records a sample of the running engine. stack runs from the
// outermost frame (<module>) to the innermost one, whose Line is the line
// executing; Record copies what it needs and does not keep the slice. The
// engine calls it when the flag is set; calling it at other times adds a
// sample too. Record clears the flag. It does nothing unless the sampler is
// running.
func (s *Sampler) Record(stack []Frame) {
	s.due.v.Store(0)
	s.mu.Lock()
	if s.state == samplerRunning {
		s.recordLocked(stack, StateCPU)
	}
	s.mu.Unlock()
}

func (s *Sampler) recordLocked(stack []Frame, state State) {
	now := s.clock.Now()
	cpu, tcpu, tok := s.tickCPU, s.tickThreadCPU, s.tickThreadOK
	if !s.tickFresh || now-s.tickNow > s.period/4 {
		// no tick asked for this sample, or the engine answered late (a
		// long builtin call): the tick's readings would leave the time
		// since then to the next sample, so read the clocks now
		cpu, tok = s.clock.CPU(), false
	}
	s.tickFresh = false
	// Blocked intervals that ended since the previous sample were charged
	// when they ended; this sample weighs the rest.
	v := Value{Samples: 1, Wall: now - s.lastNow - s.blockedWall, CPU: cpu - s.lastCPU - s.blockedCPU}
	s.lastNow, s.lastCPU = now, cpu
	if v.CPU < 0 { // only a broken or injected clock goes back; charge nothing
		v.CPU = 0
	}
	if v.Wall < 0 {
		v.Wall = 0
	}
	blockedThread := s.blockedThread
	s.blockedWall, s.blockedCPU, s.blockedThread = 0, 0, 0
	if state == StateCPU && s.engineThread != 0 {
		// Running code is charged what the engine's thread ran, when the
		// sample is taken on that thread: a wait for a core is no line's.
		if !tok {
			tcpu, tok = s.engineThreadCPU()
		}
		if tok {
			if ran := tcpu - s.lastThreadCPU - blockedThread; ran >= 0 && ran < v.Wall {
				v.Wall = ran
			}
			s.lastThreadCPU = tcpu
		}
	}
	s.prof.Add(stack, state, v)
}

// readAtTick reads the CPU clocks for the sample the tick asks for, on the
// timer's thread: a system call or two that the engine's thread is spared.
// The engine thread's clock is read here only when the clock can read
// another thread's (threadClockOf); otherwise Record reads it, on the
// engine's thread. Called with mu held.
func (s *Sampler) readAtTick() {
	s.tickNow, s.tickCPU, s.tickThreadOK = s.clock.Now(), s.clock.CPU(), false
	if tc, ok := s.clock.(threadClockOf); ok && s.engineThread != 0 {
		s.tickThreadCPU, s.tickThreadOK = tc.threadCPUOf(s.engineThread)
	}
	s.tickFresh = true
}

// engineThreadCPU reads the bound engine thread's CPU clock: directly when
// the clock can read a given thread's (one system call per sample), else
// the calling thread's, which must then be the engine's.
func (s *Sampler) engineThreadCPU() (time.Duration, bool) {
	if tc, ok := s.clock.(threadClockOf); ok {
		return tc.threadCPUOf(s.engineThread)
	}
	if tc, ok := s.clock.(ThreadClock); ok {
		if tid, cpu, ok := tc.ThreadCPU(); ok && tid == s.engineThread {
			return cpu, true
		}
	}
	return 0, false
}

// EnterBlocking tells the sampler the engine is about to block in I/O or
// sleep (kind is StateIO or StateSleep) with the given stack, whose
// innermost frame is the line making the call. Until LeaveBlocking the
// engine must not modify the stack's frames: the timer samples them itself,
// marked with kind. A sample already due is recorded first, as CPU time.
// Blocking does not nest: a second EnterBlocking replaces the first.
//
// The time blocked is measured exactly: what the timer's samples inside
// the interval did not charge is charged to the stack when LeaveBlocking
// ends it, with no sample counted, so blocked calls shorter than a period
// weigh what they took. A timer sample inside the interval is charged
// wholly as blocked time, including the running time just before the call;
// that error is under one period. EnterBlocking and LeaveBlocking are called
// from the engine's thread.
func (s *Sampler) EnterBlocking(kind State, stack []Frame) {
	if kind == StateCPU {
		return
	}
	if s.due.v.Load() != 0 {
		s.Record(stack)
	}
	s.mu.Lock()
	s.blockState, s.blockStack = kind, stack
	s.enterNow, s.enterCPU = s.clock.Now(), s.clock.CPU()
	if s.engineThread != 0 {
		if tcpu, ok := s.engineThreadCPU(); ok {
			s.enterThreadCPU = tcpu
		}
	}
	s.blocked.Store(1)
	s.mu.Unlock()
}

// LeaveBlocking tells the sampler the engine runs again. After it returns,
// the timer no longer reads the stack given to EnterBlocking.
func (s *Sampler) LeaveBlocking() {
	s.mu.Lock()
	s.leaveLocked()
	s.mu.Unlock()
}

// leaveLocked ends a blocked interval, if one is open, charging what no
// sample covered. With ticks from outside (StartExternal), no tick sampled
// the interval: it counts a sample for each period it lasted.
func (s *Sampler) leaveLocked() {
	if s.state == samplerRunning && s.blockStack != nil {
		now, cpu := s.clock.Now(), s.clock.CPU()
		// Charge the part of the interval no sample has covered yet.
		from := max(s.enterNow, s.lastNow+s.blockedWall)
		if wall := now - from; wall > 0 {
			used := min(max(cpu-max(s.enterCPU, s.lastCPU+s.blockedCPU), 0), wall)
			v := Value{Wall: wall, CPU: used}
			if s.external {
				v.Samples = int64(wall / s.period)
			}
			s.prof.Add(s.blockStack, s.blockState, v)
			s.blockedWall += wall
			s.blockedCPU += used
		}
		if s.engineThread != 0 {
			if tcpu, ok := s.engineThreadCPU(); ok && tcpu >= s.enterThreadCPU {
				s.blockedThread += tcpu - s.enterThreadCPU
			}
		}
	}
	s.blocked.Store(0)
	s.blockStack = nil
}
