package profile

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

// exampleReport is the report of kernelProfile with the parts the engine
// fills; docs/run-report.md shows the same document.
func exampleReport() *RunReport {
	r := NewRunReport(kernelProfile())
	r.Script = "work.py"
	r.Argv = []string{"work.py", "--steps", "1000"}
	r.ExitStatus, r.Exit = 0, ExitNormal
	r.JIT.Compiled = []CompiledFunction{{
		Function: "Body.advance", File: "work.py", StartLine: 20,
		Signature: "(self: Body, dt: float) -> None", CodeSizeBytes: 1184, CompileNS: 2_350_000,
	}}
	r.JIT.NotCompiled = []NotCompiled{{
		Function: "load", File: "work.py", StartLine: 30,
		Reason: "calls open(), which the native tier does not support",
		Span:   Span{Start: Position{31, 11}, End: Position{31, 26}},
	}}
	r.JIT.Deoptimized = []Deoptimization{{
		Function: "fib", File: "work.py", StartLine: 10,
		Guard: "n is int", Span: Span{Start: Position{11, 11}, End: Position{11, 16}}, Count: 3,
	}}
	r.FailedSpecializations = []FailedSpecialization{{
		Kind: "BINARY_OP: int + float", Function: "main", File: "work.py",
		Span: Span{Start: Position{5, 8}, End: Position{5, 17}}, Count: 1200,
	}}
	r.Output.Stdout = StreamTail{Lines: []string{"energy: -0.169075164", "energy: -0.169059907"}, DroppedLines: 998}
	return r
}

func TestRunReportRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteRunReport(&buf, exampleReport()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "runreport/example.json", buf.Bytes())
	got, err := ReadRunReport(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if want := exampleReport(); !reflect.DeepEqual(got, want) {
		t.Errorf("read back differs:\n got %+v\nwant %+v", got, want)
	}
}

func TestRunReportProfileSummary(t *testing.T) {
	r := exampleReport()
	if r.Samples != (SampleCounts{Total: 6, CPU: 4, IO: 1, Sleep: 1, WallNS: 100e6}) {
		t.Errorf("samples = %+v", r.Samples)
	}
	if r.SampleRateHz != 1000 || r.DurationNS != 101e6 || r.CPUNS != 50e6 {
		t.Errorf("rate %d duration %d cpu %d", r.SampleRateHz, r.DurationNS, r.CPUNS)
	}
	top := r.Functions[0]
	if top.Function != "Body.advance" || top.Self.WallNS != 70e6 || top.Self.Share != 0.7 ||
		top.Self.NativeShare != 0.8571 || top.Self.InterpreterShare != 0.1429 {
		t.Errorf("top function = %+v", top)
	}
	line := r.Lines[0]
	if line.Line != 22 || line.Self.NativeShare != 1 || line.Self.Share != 0.6 {
		t.Errorf("top line = %+v", line)
	}
	for _, l := range r.Lines {
		if l.Function == "load" && (l.Self.IOShare != 1 || l.Total.IOShare != 1) {
			t.Errorf("load's line is not all I/O: %+v", l)
		}
	}
	// A run without a profile still makes a valid report.
	bare := NewRunReport(nil)
	bare.Script = "x.py"
	if err := WriteRunReport(new(bytes.Buffer), bare); err != nil {
		t.Errorf("report without profile: %v", err)
	}
}

func TestReadRunReportRejects(t *testing.T) {
	golden, err := os.ReadFile("testdata/runreport/example.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(golden)
	tests := []struct {
		name, doc, err string
	}{
		{"not JSON", "hello", "not a JSON object"},
		{"an array", "[1]", "not a JSON object"},
		{"no version", `{"script": "x.py"}`, `missing "version"`},
		{"newer version", strings.Replace(doc, `"version": 1`, `"version": 2`, 1), "version 2 is not supported (this jitlens reads version 1)"},
		{"version zero", strings.Replace(doc, `"version": 1`, `"version": 0`, 1), "version 0 is not supported"},
		{"version a string", `{"version": "1"}`, `version "1" is not an integer`},
		{"unknown field", strings.Replace(doc, `"script"`, `"scrip": 1, "script"`, 1), `unknown field "scrip"`},
		{"trailing data", doc + "{}", "data after the JSON object"},
		{"no script", strings.Replace(doc, `"script": "work.py"`, `"script": ""`, 1), "script is empty"},
		{"exit kind", strings.Replace(doc, `"exit": "normal"`, `"exit": "crashed"`, 1), `exit "crashed" is not one of`},
		{"exit status", strings.Replace(doc, `"exit_status": 0`, `"exit_status": 256`, 1), "exit_status 256 is outside 0..255"},
		{"sample totals", strings.Replace(doc, `"total": 6`, `"total": 7`, 1), "total = cpu + io + sleep"},
		{"share above 1", strings.Replace(doc, `"share": 0.7`, `"share": 1.5`, 1), "share 1.5 is outside [0, 1]"},
		{"negative wall", strings.Replace(doc, `"wall_ns": 70000000`, `"wall_ns": -1`, 1), "negative samples, wall_ns or cpu_ns"},
		{"zero-based line in a span", strings.Replace(doc, "\"line\": 31,\n            \"column\": 11", "\"line\": 0,\n            \"column\": 11", 1), "jit.not_compiled[0]: span 0:11-31:26"},
		{"span ends before it starts", strings.Replace(doc, `"column": 16`, `"column": 2`, 1), "jit.deoptimized[0]: span 11:11-11:2"},
		{"deopt count zero", strings.Replace(doc, `"count": 3`, `"count": 0`, 1), "count >= 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == doc {
				t.Fatal("the replacement did not apply: fix the test")
			}
			_, err := ReadRunReport(strings.NewReader(tt.doc))
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error %q does not contain %q", err, tt.err)
			}
		})
	}
}

func FuzzReadRunReport(f *testing.F) {
	golden, err := os.ReadFile("testdata/runreport/example.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"version": 1, "script": "a.py", "exit": "normal", "argv": null}`))
	f.Add([]byte(`{"version": 2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadRunReport(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever the reader accepts, the writer writes and reads back the same.
		var buf bytes.Buffer
		if err := WriteRunReport(&buf, r); err != nil {
			t.Fatalf("accepted report does not write: %v", err)
		}
		again, err := ReadRunReport(&buf)
		if err != nil {
			t.Fatalf("written report does not read: %v\n%s", err, buf.Bytes())
		}
		if !reflect.DeepEqual(r, again) {
			t.Fatalf("round trip differs:\n%+v\n%+v", r, again)
		}
	})
}
