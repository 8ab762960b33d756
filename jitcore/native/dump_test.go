package native

import (
	"os"
	"testing"
)

// TestDumpCode writes the sum loop's machine code (or, with
// NATIVE_DUMP_FUNC=sumsquares, the float list loop's) to $NATIVE_DUMP for
// inspection with objdump; it is skipped otherwise.
func TestDumpCode(t *testing.T) {
	path := os.Getenv("NATIVE_DUMP")
	if path == "" {
		t.Skip("skipped: a debugging aid, not a check; set NATIVE_DUMP=FILE to write the sum loop's machine code there")
	}
	f, _ := sumFunc()
	if os.Getenv("NATIVE_DUMP_FUNC") == "sumsquares" {
		f = sumSquares()
	}
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, code.MachineCode(), 0o644); err != nil {
		t.Fatal(err)
	}
}
