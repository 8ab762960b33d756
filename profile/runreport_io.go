package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// maxRunReportSize bounds what ReadRunReport accepts (256 MiB).
const maxRunReportSize = 256 << 20

// WriteRunReport writes r as indented JSON after checking it with Validate.
// Nil lists are written as empty arrays.
func WriteRunReport(w io.Writer, r *RunReport) error {
	r.normalize()
	if err := r.Validate(); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "<module>" readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("run report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// ReadRunReport reads a run report strictly: the version must be
// RunReportVersion, unknown fields and trailing data are errors, and the
// content must pass Validate.
func ReadRunReport(r io.Reader) (*RunReport, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxRunReportSize+1))
	if err != nil {
		return nil, fmt.Errorf("run report: %w", err)
	}
	if len(data) > maxRunReportSize {
		return nil, errors.New("run report: larger than 256 MiB")
	}
	// The version first, so that a newer report gets a clear error rather
	// than complaints about fields this reader does not know.
	var head struct {
		Version *json.RawMessage `json:"version"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&head); err != nil {
		return nil, fmt.Errorf("run report: not a JSON object: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("run report: data after the JSON object")
	}
	if head.Version == nil {
		return nil, errors.New("run report: missing \"version\"")
	}
	var version int
	if err := json.Unmarshal(*head.Version, &version); err != nil {
		return nil, fmt.Errorf("run report: version %s is not an integer", *head.Version)
	}
	if version != RunReportVersion {
		return nil, fmt.Errorf("run report: version %d is not supported (this jitlens reads version %d)", version, RunReportVersion)
	}

	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var rep RunReport
	if err := dec.Decode(&rep); err != nil {
		return nil, fmt.Errorf("run report: %w", err)
	}
	rep.normalize()
	if err := rep.Validate(); err != nil {
		return nil, err
	}
	return &rep, nil
}

// Validate checks the invariants of the schema: the version, the exit
// kind, non-negative counts and times, shares within [0, 1], sample counts
// that add up, well-formed spans and non-empty names.
func (r *RunReport) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(format, args...))
	}
	if r.Version != RunReportVersion {
		bad("version is %d, want %d", r.Version, RunReportVersion)
	}
	if r.Script == "" {
		bad("script is empty")
	}
	if r.ExitStatus < 0 || r.ExitStatus > 255 {
		bad("exit_status %d is outside 0..255", r.ExitStatus)
	}
	if !slices.Contains(exitKinds, r.Exit) {
		bad("exit %q is not one of %q", r.Exit, exitKinds)
	}
	if r.DurationNS < 0 || r.CPUNS < 0 || r.SampleRateHz < 0 {
		bad("negative duration_ns, cpu_ns or sample_rate_hz")
	}
	s := r.Samples
	if s.CPU < 0 || s.IO < 0 || s.Sleep < 0 || s.WallNS < 0 || s.Total != s.CPU+s.IO+s.Sleep {
		bad("samples: counts must be non-negative and total = cpu + io + sleep")
	}
	for i, f := range r.Functions {
		where := fmt.Sprintf("functions[%d]", i)
		if f.Function == "" {
			bad("%s: empty function name", where)
		}
		if f.StartLine < 0 {
			bad("%s: negative start_line", where)
		}
		checkTime(bad, where+".self", f.Self)
		checkTime(bad, where+".total", f.Total)
	}
	for i, l := range r.Lines {
		where := fmt.Sprintf("lines[%d]", i)
		if l.Function == "" {
			bad("%s: empty function name", where)
		}
		if l.Line < 0 {
			bad("%s: negative line", where)
		}
		checkTime(bad, where+".self", l.Self)
		checkTime(bad, where+".total", l.Total)
	}
	for i, c := range r.JIT.Compiled {
		where := fmt.Sprintf("jit.compiled[%d]", i)
		if c.Function == "" || c.StartLine < 0 || c.CodeSizeBytes < 0 || c.CompileNS < 0 {
			bad("%s: needs a function name and non-negative start_line, code_size_bytes and compile_ns", where)
		}
	}
	for i, n := range r.JIT.NotCompiled {
		where := fmt.Sprintf("jit.not_compiled[%d]", i)
		if n.Function == "" || n.Reason == "" || n.StartLine < 0 {
			bad("%s: needs a function name, a reason and a non-negative start_line", where)
		}
		checkSpan(bad, where, n.Span)
	}
	for i, d := range r.JIT.Deoptimized {
		where := fmt.Sprintf("jit.deoptimized[%d]", i)
		if d.Function == "" || d.Guard == "" || d.StartLine < 0 || d.Count < 1 {
			bad("%s: needs a function name, a guard, a non-negative start_line and a count >= 1", where)
		}
		checkSpan(bad, where, d.Span)
	}
	for i, f := range r.FailedSpecializations {
		where := fmt.Sprintf("failed_specializations[%d]", i)
		if f.Kind == "" || f.Count < 1 {
			bad("%s: needs a kind and a count >= 1", where)
		}
		checkSpan(bad, where, f.Span)
	}
	if r.Output.Stdout.DroppedLines < 0 || r.Output.Stderr.DroppedLines < 0 {
		bad("output: negative dropped_lines")
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("run report: %w", errors.Join(errs...))
}

func checkTime(bad func(string, ...any), where string, t TimeReport) {
	if t.Samples < 0 || t.WallNS < 0 || t.CPUNS < 0 {
		bad("%s: negative samples, wall_ns or cpu_ns", where)
	}
	for _, f := range []float64{t.Share, t.InterpreterShare, t.NativeShare, t.IOShare, t.SleepShare} {
		if !(f >= 0 && f <= 1) {
			bad("%s: share %v is outside [0, 1]", where, f)
			return
		}
	}
}

func checkSpan(bad func(string, ...any), where string, s Span) {
	a, b := s.Start, s.End
	if a.Line < 1 || b.Line < 1 || a.Column < 0 || b.Column < 0 ||
		b.Line < a.Line || (b.Line == a.Line && b.Column < a.Column) {
		bad("%s: span %d:%d-%d:%d is not a range of 1-based lines and 0-based columns", where, a.Line, a.Column, b.Line, b.Column)
	}
}
