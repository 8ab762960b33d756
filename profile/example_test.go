package profile_test

import (
	"os"

	"jitlens/profile"
)

// The interpreter's side of the profiler: poll the flag at back-edges and
// calls, record the stack when it is up, and mark blocking calls.
func Example() {
	s, _ := profile.NewSampler(profile.Options{Rate: 1000})
	_ = s.Start()
	due := s.Flag() // cache it: each check is then one load and a branch
	stack := []profile.Frame{
		{Function: "<module>", File: "demo.py", Line: 3, StartLine: 1},
		{Function: "work", File: "demo.py", Line: 9, StartLine: 8},
	}
	for i := 0; i < 1_000_000; i++ { // the dispatch loop; a back-edge each time round
		stack[1].Line = 9 + i%2
		if due.Load() != 0 {
			s.Record(stack)
		}
	}
	s.EnterBlocking(profile.StateSleep, stack) // around time.sleep or a read
	s.LeaveBlocking()
	p := s.Stop() // in a defer, so crashes and sys.exit still get a profile
	_ = p.WriteText(os.Stderr, profile.TextOptions{})
}
