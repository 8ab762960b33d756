package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// jitEvents is the part of `jitlens run --jit-report-json FILE` the
// runner reads (the run report's "jit" section).
type jitEvents struct {
	Compiled []struct {
		Function      string `json:"function"`
		Signature     string `json:"signature"`
		CodeSizeBytes int    `json:"code_size_bytes"`
		CompileNS     int64  `json:"compile_ns"`
	} `json:"compiled"`
	NotCompiled []struct {
		Function string `json:"function"`
	} `json:"not_compiled"`
	Deoptimized []struct {
		Count int64 `json:"count"`
	} `json:"deoptimized"`
}

// jitStats sums up what the JIT did in one run of a program.
type jitStats struct {
	native      int     // functions and loops compiled to machine code
	closedForms int     // loops replaced by their closed form (no machine code)
	refused     int     // functions and loops the JIT did not compile
	compileNS   []int64 // compile time of each native unit, sorted
	codeBytes   int     // machine code of all native units
	deopts      int64   // guard failures
	err         error
}

// summarize turns one run's events into its statistics. A closed form is
// a compiled event with no machine code: it counts apart and stays out of
// the compile times.
func summarize(ev jitEvents) jitStats {
	var s jitStats
	for _, c := range ev.Compiled {
		if c.CodeSizeBytes == 0 {
			s.closedForms++
			continue
		}
		s.native++
		s.compileNS = append(s.compileNS, c.CompileNS)
		s.codeBytes += c.CodeSizeBytes
	}
	slices.Sort(s.compileNS)
	s.refused = len(ev.NotCompiled)
	for _, d := range ev.Deoptimized {
		s.deopts += d.Count
	}
	return s
}

// collectJITStats runs the program once more under jitlens with
// --jit-report-json and reads the report.
func collectJITStats(im impl, script string, timeout time.Duration) jitStats {
	tmp, err := os.CreateTemp("", "jitlens-jit-*.json")
	if err != nil {
		return jitStats{err: err}
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	argv := append(append([]string{}, im.argv...), "--jit-report-json", tmp.Name(), script)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return jitStats{err: fmt.Errorf("%v: %s", err, lastLine(stderr.String()))}
	}
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		return jitStats{err: err}
	}
	var ev jitEvents
	if err := json.Unmarshal(data, &ev); err != nil {
		return jitStats{err: fmt.Errorf("reading the JIT report: %w", err)}
	}
	return summarize(ev)
}

// medianNS is the median of sorted durations (the lower middle for an
// even count); 0 for none.
func medianNS(sorted []int64) int64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[(len(sorted)-1)/2]
}

func ms(ns int64) string { return fmt.Sprintf("%.2f ms", float64(ns)/1e6) }

func kib(bytes int) string {
	if bytes < 1024 {
		return fmt.Sprintf("%d B", bytes)
	}
	return fmt.Sprintf("%.1f KiB", float64(bytes)/1024)
}

// renderJIT prints the JIT's work per program as Markdown and the
// basket-wide median compile time of a function or loop.
func renderJIT(progs []string, stats map[string]jitStats) string {
	var b strings.Builder
	b.WriteString("JIT work per program, from one more run with `jitlens run --jit-report-json`: functions and\n")
	b.WriteString("loops compiled to machine code (closed forms and refusals apart), compile time of each\n")
	b.WriteString("(verification, optimization, register allocation, assembly, mapping), total machine code and\n")
	b.WriteString("guard failures (deoptimizations).\n\n")
	b.WriteString("| program | compiled | closed forms | refused | median compile | max compile | native code | deopts |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	var all []int64
	for _, p := range progs {
		s, ok := stats[p]
		if !ok {
			continue
		}
		if s.err != nil {
			fmt.Fprintf(&b, "| %s | failed | | | | | | |\n", p)
			continue
		}
		all = append(all, s.compileNS...)
		med, mx := "-", "-"
		if len(s.compileNS) > 0 {
			med, mx = ms(medianNS(s.compileNS)), ms(s.compileNS[len(s.compileNS)-1])
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s | %s | %d |\n", p, s.native, s.closedForms, s.refused, med, mx, kib(s.codeBytes), s.deopts)
	}
	slices.Sort(all)
	if len(all) > 0 {
		fmt.Fprintf(&b, "\nBasket: median compile time %s per function or loop over %d compiled (max %s).\n",
			ms(medianNS(all)), len(all), ms(all[len(all)-1]))
	} else {
		b.WriteString("\nBasket: nothing was compiled to machine code.\n")
	}
	return b.String()
}

// jitOn reports whether jitlens runs with its JIT given these extra
// arguments of `jitlens run`.
func jitOn(args []string) bool {
	on := true
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "no-jit":
			on = false
		case "jit":
			return true
		}
	}
	return on
}

// jitStatsFor collects every program's statistics under im.
func jitStatsFor(im impl, dir string, progs []string, timeout time.Duration) map[string]jitStats {
	out := map[string]jitStats{}
	for _, p := range progs {
		s := collectJITStats(im, filepath.Join(dir, p+".py"), timeout)
		out[p] = s
		if s.err != nil {
			fmt.Fprintf(os.Stderr, "%-14s JIT report FAILED: %v\n", p, s.err)
		} else {
			fmt.Fprintf(os.Stderr, "%-14s JIT: %d compiled, median compile %s, %s, %d deopts\n", p, s.native, ms(medianNS(s.compileNS)), kib(s.codeBytes), s.deopts)
		}
	}
	return out
}
