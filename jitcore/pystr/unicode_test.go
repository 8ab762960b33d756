package pystr

import (
	"bufio"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode"
)

func hexRunes(s string) string {
	if s == "" {
		return "-"
	}
	parts := make([]string, 0, len(s))
	for _, r := range s {
		parts = append(parts, fmt.Sprintf("%x", r))
	}
	return strings.Join(parts, ".")
}

func bit(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}

// codePointLine renders what this package says about c, in the format of
// testdata/dump_codepoints.py.
func codePointLine(c rune) string {
	s := string(c)
	bits := []byte{
		bit(IsAlpha(s)), bit(IsDecimal(s)), bit(IsDigit(s)), bit(IsNumeric(s)), bit(IsSpace(s)),
		bit(IsPrintable(s)), bit(IsUpper(s)), bit(IsLower(s)), bit(IsIdentifier(s)), bit(IsIdentifier("a" + s)),
	}
	return fmt.Sprintf("%x %s %d %s %s %s %s %s %s %s %s %s", c, bits, DecimalValue(c), hexRunes(Repr(s)),
		hexRunes(ASCII(s)), hexRunes(Upper(s)), hexRunes(Lower(s)), hexRunes(Title(s)), hexRunes(CaseFold(s)),
		hexRunes(Lower("A"+s+"\u03a3")), hexRunes(Lower(" "+s+"\u03a3")), hexRunes(Title("a"+s+"a")))
}

// TestAllCodePointsAgainstPython compares every code point with the
// python3 on the machine (CPython 3.11 is the reference); it is skipped in
// -short mode and when python3 is missing.
func TestAllCodePointsAgainstPython(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it runs python3 over all 1.1M code points; run without -short to check them")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipped: python3 (CPython 3.11) is not on PATH; install it to compare every code point")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "testdata/dump_codepoints.py")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	n, bad := 0, 0
	for sc.Scan() {
		want := sc.Text()
		var c rune
		fmt.Sscanf(want, "%x", &c)
		if got := codePointLine(c); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("U+%04X:\n got  %s\n want %s", c, got, want)
			}
		}
		n++
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if n != 0x110000-0x800 {
		t.Fatalf("compared %d code points", n)
	}
	if bad > 0 {
		t.Errorf("%d code points differ", bad)
	}
}

// TestGoUnicodeDiffers records why the package carries CPython's tables:
// Go's unicode package (a newer Unicode version, other definitions) gives
// different answers for many code points. The counts are logged; the test
// fails if the two ever agree completely, which would make the tables
// worth revisiting.
func TestGoUnicodeDiffers(t *testing.T) {
	checks := []struct {
		name   string
		py     func(rune) bool
		golang func(rune) bool
	}{
		{"isalpha vs unicode.IsLetter", IsAlphaRune, unicode.IsLetter},
		{"isprintable vs unicode.IsPrint", IsPrintableRune, func(r rune) bool { return unicode.IsPrint(r) || r == ' ' }},
		{"isspace vs unicode.IsSpace", IsSpaceRune, unicode.IsSpace},
		{"isdecimal vs unicode.IsDigit", IsDecimalRune, unicode.IsDigit},
		{"isupper vs unicode.IsUpper", IsUpperRune, unicode.IsUpper},
	}
	total := 0
	for _, c := range checks {
		diff := 0
		var first []string
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if r >= 0xd800 && r < 0xe000 {
				continue
			}
			if c.py(r) != c.golang(r) {
				diff++
				if len(first) < 5 {
					first = append(first, fmt.Sprintf("U+%04X", r))
				}
			}
		}
		t.Logf("%s: %d code points differ (Unicode %s vs Go %s), e.g. %v", c.name, diff, unicodeVersion, unicode.Version, first)
		total += diff
	}
	if total == 0 {
		t.Error("Go's unicode tables agree with CPython's everywhere checked")
	}
}
