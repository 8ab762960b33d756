package profile

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocsExample checks that the example in docs/run-report.md is a valid
// report, so that the documentation cannot drift from the reader.
func TestDocsExample(t *testing.T) {
	doc, err := os.ReadFile("../docs/run-report.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/run-report.md has no json example")
	}
	r, err := ReadRunReport(strings.NewReader(string(m[1])))
	if err != nil {
		t.Fatalf("the documented example does not read: %v", err)
	}
	if r.Functions[0].Function != "Body.advance" || r.JIT.NotCompiled[0].Span.Start != (Position{31, 11}) {
		t.Errorf("example read wrongly: %+v", r)
	}
}
