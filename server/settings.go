package server

import (
	"encoding/json"
	"slices"

	"jitlens/hints"
)

// Settings are the user's settings under the "jitlens" section.
type Settings struct {
	// SampleRate is the profiler's sampling rate in Hz.
	SampleRate int `json:"sampleRate"`
	// TimeLimitSeconds bounds a profiling run; the process is killed after it.
	TimeLimitSeconds float64 `json:"timeLimitSeconds"`
	// MemoryLimitMB bounds the memory the profiled process maps writable
	// (RLIMIT_DATA); at least minMemoryLimitMB.
	MemoryLimitMB int `json:"memoryLimitMB"`
	// ProfileOnSave profiles a file each time it is saved.
	ProfileOnSave bool `json:"profileOnSave"`
	Hints         struct {
		// Enabled lists the hint kinds to show; empty means every kind.
		Enabled []string `json:"enabled"`
	} `json:"hints"`
	InlayHints struct {
		// Enabled turns inlay hints on or off (on by default).
		Enabled *bool `json:"enabled"`
	} `json:"inlayHints"`
	// ServerPath is the jitlens binary that profiles; empty means this one.
	ServerPath string `json:"serverPath"`
}

// Default settings.
const (
	defaultSampleRate    = 1000
	defaultTimeLimit     = 60.0
	defaultMemoryLimitMB = 2048
	maxSampleRate        = 100000
	minMemoryLimitMB     = 1024
)

// defaultSettings returns the settings before the client says anything.
func defaultSettings() Settings {
	return Settings{SampleRate: defaultSampleRate, TimeLimitSeconds: defaultTimeLimit, MemoryLimitMB: defaultMemoryLimitMB}
}

// mergeSettings reads the client's "jitlens" object over the defaults;
// values out of range fall back to the default. A value that is not an
// object leaves the defaults.
func mergeSettings(raw json.RawMessage) (Settings, error) {
	s := defaultSettings()
	if len(raw) == 0 || string(raw) == "null" {
		return s, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return defaultSettings(), err
	}
	if s.SampleRate <= 0 || s.SampleRate > maxSampleRate {
		s.SampleRate = defaultSampleRate
	}
	if s.TimeLimitSeconds <= 0 {
		s.TimeLimitSeconds = defaultTimeLimit
	}
	if s.MemoryLimitMB <= 0 {
		s.MemoryLimitMB = defaultMemoryLimitMB
	}
	s.MemoryLimitMB = max(s.MemoryLimitMB, minMemoryLimitMB)
	return s, nil
}

// hintEnabled reports whether hints of kind k are shown.
func (s Settings) hintEnabled(k hints.Kind) bool {
	return len(s.Hints.Enabled) == 0 || slices.Contains(s.Hints.Enabled, string(k))
}

// inlayHintsEnabled reports whether inlay hints are shown.
func (s Settings) inlayHintsEnabled() bool {
	return s.InlayHints.Enabled == nil || *s.InlayHints.Enabled
}
