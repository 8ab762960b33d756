package profile

// Taking samples: by the engine (Record) or, while it blocks, by the timer.

// tick is one timer period: take a blocked sample, or ask the engine for one.
func (s *Sampler) tick() {
	if s.blocked.Load() != 0 {
		s.mu.Lock()
		if s.state == samplerRunning && s.blockStack != nil {
			s.recordLocked(s.blockStack, s.blockState)
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
	}
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
	now, cpu := s.clock.Now(), s.clock.CPU()
	v := Value{Samples: 1, Wall: now - s.lastNow, CPU: cpu - s.lastCPU}
	s.lastNow, s.lastCPU = now, cpu
	if v.CPU < 0 { // only a broken or injected clock goes back; charge nothing
		v.CPU = 0
	}
	s.prof.Add(stack, state, v)
}

// EnterBlocking tells the sampler the engine is about to block in I/O or
// sleep (kind is StateIO or StateSleep) with the given stack, whose
// innermost frame is the line making the call. Until LeaveBlocking the
// engine must not modify the stack's frames: the timer samples them itself,
// marked with kind. A sample already due is recorded first, as CPU time.
// Blocking does not nest: a second EnterBlocking replaces the first.
//
// Like every sample, the one whose interval straddles EnterBlocking (or
// LeaveBlocking) is charged wholly to the state in force when it is taken;
// each such error is under one period, and the two kinds offset each other
// on average.
func (s *Sampler) EnterBlocking(kind State, stack []Frame) {
	if kind == StateCPU {
		return
	}
	if s.due.v.Load() != 0 {
		s.Record(stack)
	}
	s.mu.Lock()
	s.blockState, s.blockStack = kind, stack
	s.blocked.Store(1)
	s.mu.Unlock()
}

// LeaveBlocking tells the sampler the engine runs again. After it returns,
// the timer no longer reads the stack given to EnterBlocking.
func (s *Sampler) LeaveBlocking() {
	s.mu.Lock()
	s.blocked.Store(0)
	s.blockStack = nil
	s.mu.Unlock()
}
