//go:build !linux

package main

import "time"

// threadCPU is unavailable here: the timer's cost is not calibrated.
func threadCPU() (time.Duration, bool) { return 0, false }

func processCPU() time.Duration { return 0 }
