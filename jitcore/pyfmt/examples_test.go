package pyfmt

import (
	"math"
	"testing"
)

// TestBriefExamples pins the behaviours the engine relies on most, with
// CPython's exact text; the golden tests cover the full grids.
func TestBriefExamples(t *testing.T) {
	tests := []struct {
		name    string
		got     func() (string, error)
		want    string
		wantErr string
	}{
		{"repr 1e16", func() (string, error) { return FloatRepr(1e16), nil }, "1e+16", ""},
		{"repr 1.5e-5", func() (string, error) { return FloatRepr(1.5e-5), nil }, "1.5e-05", ""},
		{"repr 100", func() (string, error) { return FloatRepr(100), nil }, "100.0", ""},
		{"repr 0.1", func() (string, error) { return FloatRepr(0.1), nil }, "0.1", ""},
		{"float d", func() (string, error) { return FormatFloat(1.5, "d") }, "",
			"ValueError: Unknown format code 'd' for object of type 'float'"},
		{"missing precision", func() (string, error) { return FormatFloat(1.5, ".") }, "",
			"ValueError: Format specifier missing precision"},
		{"comma with s", func() (string, error) { return FormatStr("a", ",s") }, "",
			"ValueError: Cannot specify ',' with 's'."},
		{"int literal", func() (string, error) { _, _, err := ParseInt("abc", 10); return "", err }, "",
			"ValueError: invalid literal for int() with base 10: 'abc'"},
		{"float literal", func() (string, error) { _, err := ParseFloat("x"); return "", err }, "",
			"ValueError: could not convert string to float: 'x'"},
		{"int(inf)", func() (string, error) { _, _, err := FloatToInt(inf()); return "", err }, "",
			"OverflowError: cannot convert float infinity to integer"},
		{"huge width", func() (string, error) { return FormatInt(1, "99999999999") }, "", "MemoryError: "},
		{"grouped zero padding", func() (string, error) { return FormatInt(1234, "010,") }, "00,001,234", ""},
		{"hex groups of four", func() (string, error) { return FormatInt(0xdeadbeef, "#_x") }, "0xdead_beef", ""},
		{"z flag", func() (string, error) { return FormatFloat(-0.0001, "z.2f") }, "0.00", ""},
		{"none type keeps a digit after the point", func() (string, error) { return FormatFloat(1.0, ".3") }, "1.0", ""},
		{"round half even", func() (string, error) { r, err := Round(2.675, 2); return FloatRepr(r), err }, "2.67", ""},
		{"complex repr", func() (string, error) { return ComplexRepr(math.Copysign(0, -1), -1), nil }, "(-0-1j)", ""},
	}
	for _, tt := range tests {
		got, err := tt.got()
		switch {
		case tt.wantErr != "":
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s: got (%q, %v), want error %q", tt.name, got, err, tt.wantErr)
			}
		case err != nil || got != tt.want:
			t.Errorf("%s: got (%q, %v), want %q", tt.name, got, err, tt.want)
		}
	}
}

func inf() float64 { return math.Inf(1) }
