package profile

import "math"

// RunReportVersion is the version of the run report schema written by this
// package; ReadRunReport accepts no other. docs/run-report.md documents it.
const RunReportVersion = 1

// RunReport is the JSON document a run produces for the advisor and the
// language server: the profile summary per function and line, the JIT's
// events, exit status, duration and the tail of the output.
// NewRunReport fills the profile parts; the engine fills the rest.
type RunReport struct {
	Version    int      `json:"version"`
	Script     string   `json:"script"`
	Argv       []string `json:"argv"`        // sys.argv: the script, then its arguments
	ExitStatus int      `json:"exit_status"` // process exit status, 0..255
	// Exit says how the run ended: one of the Exit* constants.
	Exit       string `json:"exit"`
	DurationNS int64  `json:"duration_ns"` // monotonic wall time of the run
	CPUNS      int64  `json:"cpu_ns"`      // process CPU time of the run

	SampleRateHz int            `json:"sample_rate_hz"`
	Samples      SampleCounts   `json:"samples"`
	Functions    []FunctionTime `json:"functions"` // by decreasing self time
	Lines        []LineTime     `json:"lines"`     // by decreasing self time

	JIT                   JITEvents              `json:"jit"`
	FailedSpecializations []FailedSpecialization `json:"failed_specializations"`
	Output                OutputTail             `json:"output"`
}

// How a run ended (RunReport.Exit).
const (
	ExitNormal      = "normal"      // the script ran to its end
	ExitSysExit     = "sys.exit"    // SystemExit was raised
	ExitException   = "exception"   // an uncaught exception (traceback on stderr)
	ExitInterrupted = "interrupted" // SIGINT / KeyboardInterrupt, or a time limit
	ExitError       = "error"       // the engine stopped: unsupported construct or internal error
)

var exitKinds = []string{ExitNormal, ExitSysExit, ExitException, ExitInterrupted, ExitError}

// SampleCounts counts samples by state; Total = CPU + IO + Sleep.
type SampleCounts struct {
	Total  int64 `json:"total"`
	CPU    int64 `json:"cpu"`
	IO     int64 `json:"io"`
	Sleep  int64 `json:"sleep"`
	WallNS int64 `json:"wall_ns"` // sum of the samples' wall weights
}

// FunctionTime is the time of one function.
type FunctionTime struct {
	Function  string     `json:"function"` // qualified name
	File      string     `json:"file"`
	StartLine int        `json:"start_line"`
	Self      TimeReport `json:"self"`
	Total     TimeReport `json:"total"`
}

// LineTime is the time of one line of one function.
type LineTime struct {
	File     string     `json:"file"`
	Line     int        `json:"line"`
	Function string     `json:"function"`
	Self     TimeReport `json:"self"`
	Total    TimeReport `json:"total"`
}

// TimeReport is a Time in the run report. Share is of the run's sampled
// wall time; the other shares are of this WallNS. Interpreter and native
// shares add up to 1, and so do CPU (1 - io - sleep), I/O and sleep.
type TimeReport struct {
	Samples          int64   `json:"samples"`
	WallNS           int64   `json:"wall_ns"`
	CPUNS            int64   `json:"cpu_ns"`
	Share            float64 `json:"share"`
	InterpreterShare float64 `json:"interpreter_share"`
	NativeShare      float64 `json:"native_share"`
	IOShare          float64 `json:"io_share"`
	SleepShare       float64 `json:"sleep_share"`
}

// JITEvents is what the JIT did during the run.
type JITEvents struct {
	Compiled    []CompiledFunction `json:"compiled"`
	NotCompiled []NotCompiled      `json:"not_compiled"`
	Deoptimized []Deoptimization   `json:"deoptimized"`
}

// CompiledFunction is a function (or loop) compiled to native code.
type CompiledFunction struct {
	Function  string `json:"function"`
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	// Signature is the specialization, e.g. "(n: int, xs: list[float]) -> float".
	Signature     string `json:"signature"`
	CodeSizeBytes int    `json:"code_size_bytes"`
	CompileNS     int64  `json:"compile_ns"`
}

// NotCompiled is a function the JIT refused, with the construct that
// blocked it.
type NotCompiled struct {
	Function  string `json:"function"`
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	Reason    string `json:"reason"`
	Span      Span   `json:"span"`
}

// Deoptimization is a guard of compiled code that failed, Count times.
type Deoptimization struct {
	Function  string `json:"function"`
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	Guard     string `json:"guard"` // what was assumed, e.g. "x is int"
	Span      Span   `json:"span"`
	Count     int64  `json:"count"`
}

// FailedSpecialization is an instruction the interpreter could not
// specialize, Count times, e.g. kind "BINARY_OP +: operands of different
// types: int and float" (the instruction, then why).
type FailedSpecialization struct {
	Kind     string `json:"kind"`
	Function string `json:"function"`
	File     string `json:"file"`
	Span     Span   `json:"span"`
	Count    int64  `json:"count"`
}

// Span is a source range in the syntax tree's convention: 1-based lines,
// 0-based byte columns (UTF-8 offsets within the line), end exclusive.
type Span struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Position is a point in a source file: 1-based line, 0-based byte column.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// OutputTail is the end of what the script wrote.
type OutputTail struct {
	Stdout StreamTail `json:"stdout"`
	Stderr StreamTail `json:"stderr"`
}

// StreamTail is the last lines of one stream, without their newlines, and
// how many earlier lines were dropped.
type StreamTail struct {
	Lines        []string `json:"lines"`
	DroppedLines int64    `json:"dropped_lines"`
}

// NewRunReport returns a run report holding p's summary: rate, duration,
// sample counts, functions and lines. p may be nil (a run without
// profiling). The engine fills the script, exit, JIT and output parts.
func NewRunReport(p *Profile) *RunReport {
	r := &RunReport{Version: RunReportVersion, Exit: ExitNormal}
	if p != nil {
		r.fillProfile(p)
	}
	r.normalize()
	return r
}

func (r *RunReport) fillProfile(p *Profile) {
	r.DurationNS = p.Duration.Nanoseconds()
	r.CPUNS = p.CPUTime.Nanoseconds()
	r.SampleRateHz = p.Rate
	for _, s := range p.Stacks {
		switch s.State {
		case StateIO:
			r.Samples.IO += s.Value.Samples
		case StateSleep:
			r.Samples.Sleep += s.Value.Samples
		default:
			r.Samples.CPU += s.Value.Samples
		}
	}
	tot := p.Totals()
	r.Samples.Total = tot.Samples
	r.Samples.WallNS = tot.Wall.Nanoseconds()
	for _, f := range p.FunctionStats() {
		if f.Total.Samples == 0 && f.Total.Wall == 0 {
			continue
		}
		r.Functions = append(r.Functions, FunctionTime{
			Function: f.Name, File: f.File, StartLine: f.StartLine,
			Self: timeReport(f.Self, tot), Total: timeReport(f.Total, tot),
		})
	}
	for _, l := range p.LineStats() {
		if l.Total.Samples == 0 && l.Total.Wall == 0 {
			continue
		}
		r.Lines = append(r.Lines, LineTime{
			File: l.File, Line: l.Line, Function: l.Name,
			Self: timeReport(l.Self, tot), Total: timeReport(l.Total, tot),
		})
	}
}

func timeReport(t, tot Time) TimeReport {
	return TimeReport{
		Samples:          t.Samples,
		WallNS:           t.Wall.Nanoseconds(),
		CPUNS:            t.CPU.Nanoseconds(),
		Share:            round4(share(t.Wall, tot.Wall)),
		InterpreterShare: round4(t.InterpreterShare()),
		NativeShare:      round4(t.NativeShare()),
		IOShare:          round4(t.IOShare()),
		SleepShare:       round4(t.SleepShare()),
	}
}

// round4 keeps four decimals: shares are for reading, the ns are exact.
func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// normalize turns nil lists into empty ones so that the JSON always has
// arrays, never null.
func (r *RunReport) normalize() {
	for _, s := range []*[]string{&r.Argv, &r.Output.Stdout.Lines, &r.Output.Stderr.Lines} {
		if *s == nil {
			*s = []string{}
		}
	}
	if r.Functions == nil {
		r.Functions = []FunctionTime{}
	}
	if r.Lines == nil {
		r.Lines = []LineTime{}
	}
	if r.JIT.Compiled == nil {
		r.JIT.Compiled = []CompiledFunction{}
	}
	if r.JIT.NotCompiled == nil {
		r.JIT.NotCompiled = []NotCompiled{}
	}
	if r.JIT.Deoptimized == nil {
		r.JIT.Deoptimized = []Deoptimization{}
	}
	if r.FailedSpecializations == nil {
		r.FailedSpecializations = []FailedSpecialization{}
	}
}
