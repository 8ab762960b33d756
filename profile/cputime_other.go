//go:build !unix

package profile

import "time"

// processCPUTime is unavailable on this platform: CPU values stay zero and
// only wall time is measured.
func processCPUTime() time.Duration { return 0 }
