// Package profile is jitlens's sampling profiler: a Sampler that the engine
// polls at loop back-edges and calls, the Profile it aggregates samples into,
// pprof export, the text report printed at exit and the versioned JSON run
// report read by the advisor and the language server.
//
// The package knows Python frames and source lines but nothing of the
// engine's internals: everything comes in through Frame, Tier, JITState and
// State, so it imports no other jitlens package.
package profile
