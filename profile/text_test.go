package profile

import (
	"bytes"
	"testing"
	"time"
)

func TestWriteText(t *testing.T) {
	cpuOnly := buildProfile([]sample{
		{stack(fr("<module>", 50), fr("main", 4), native("Body.advance", 22)), StateCPU, 1400 * ms},
		{stack(fr("<module>", 50), fr("main", 4), fr("Body.advance", 23)), StateCPU, 600 * ms},
		{stack(fr("<module>", 50), fr("main", 5)), StateCPU, 310 * ms},
	})
	cpuOnly.Duration, cpuOnly.CPUTime = 2310*ms, 2052*ms
	empty := NewProfile(1000)
	empty.Duration = 400 * time.Microsecond
	tests := []struct {
		name   string
		golden string
		p      *Profile
		opts   TextOptions
	}{
		{"blocking and several tiers", "text/kernel.golden", kernelProfile(), TextOptions{}},
		{"CPU only, no blocked columns", "text/cpu.golden", cpuOnly, TextOptions{}},
		{"short tables sum up the rest", "text/top2.golden", kernelProfile(), TextOptions{TopFunctions: 2, TopLines: 2}},
		{"no samples", "text/empty.golden", empty, TextOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.p.WriteText(&buf, tt.opts); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, buf.Bytes())
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0ns"},
		{999, "999ns"},
		{850 * time.Microsecond, "850µs"},
		{1500 * time.Microsecond, "1.50ms"},
		{12500 * time.Microsecond, "12.5ms"},
		{930 * ms, "930ms"},
		{2310 * ms, "2.31s"},
		{75 * time.Second, "75.0s"},
		{150 * time.Second, "150s"},
	}
	for _, tt := range tests {
		if got := formatDuration(tt.d); got != tt.want {
			t.Errorf("formatDuration(%d) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
