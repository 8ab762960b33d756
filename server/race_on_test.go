//go:build race

package server

// raceEnabled: the race detector's runtime reserves terabytes of address
// space, so a child built with it cannot start under a memory limit.
const raceEnabled = true
