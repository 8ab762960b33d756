//go:build !unix

package server

import "time"

// processCPU is not measured here: the benchmarks report CPU time as 0.
func processCPU() time.Duration { return 0 }
