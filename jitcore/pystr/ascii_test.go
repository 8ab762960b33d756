package pystr

import (
	"math/rand"
	"strings"
	"testing"
)

// TestASCIIFastPaths compares the byte-wise ASCII forms with the general
// rune-wise ones (themselves checked against CPython by the golden tests)
// on every single character, every pair, and random ASCII strings.
func TestASCIIFastPaths(t *testing.T) {
	var inputs []string
	for c := 0; c < 128; c++ {
		inputs = append(inputs, string(rune(c)))
		for _, d := range "aZ 3_\t" {
			inputs = append(inputs, string(rune(c))+string(d), string(d)+string(rune(c)))
		}
	}
	rng := rand.New(rand.NewSource(1))
	const alphabet = "abcXYZ019 _-'\t\n\x0b\x1c\x1f!."
	for i := 0; i < 2000; i++ {
		b := make([]byte, rng.Intn(12))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	cutsets := []string{",.;!?", " ", "ab", "\t\n ", "\x00z"}
	for _, s := range inputs {
		pairs := []struct{ name, fast, slow string }{
			{"capitalize", capitalizeASCII(s), capitalizeRunes(s)},
			{"title", titleASCII(s), titleRunes(s)},
			{"swapcase", swapCaseASCII(s), swapCaseRunes(s)},
			{"strip", StripSpace(s), strings.TrimFunc(s, IsSpaceRune)},
			{"lstrip", LStripSpace(s), strings.TrimLeftFunc(s, IsSpaceRune)},
			{"rstrip", RStripSpace(s), strings.TrimRightFunc(s, IsSpaceRune)},
			{"split", strings.Join(SplitWhitespace(s, -1), "|"), strings.Join(strings.FieldsFunc(s, IsSpaceRune), "|")},
		}
		for _, c := range cutsets {
			pairs = append(pairs, struct{ name, fast, slow string }{"strip " + c, Strip(s, c), strings.Trim(s, c)},
				struct{ name, fast, slow string }{"lstrip " + c, LStrip(s, c), strings.TrimLeft(s, c)},
				struct{ name, fast, slow string }{"rstrip " + c, RStrip(s, c), strings.TrimRight(s, c)})
		}
		for _, p := range pairs {
			if p.fast != p.slow {
				t.Errorf("%s(%q) = %q, want %q", p.name, s, p.fast, p.slow)
			}
		}
	}
}

// TestStripSplitMixed checks the byte-wise strip and split loops on text
// mixing ASCII with non-ASCII characters, whitespace or not.
func TestStripSplitMixed(t *testing.T) {
	parts := []string{"a", " ", "\u3000", "\u0085", "\u00e9", "\u2028", "\t", "x\u00a0y", "\u03a3", ".", "\u00e9,"}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 3000; i++ {
		var sb strings.Builder
		for n := rng.Intn(7); n > 0; n-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		checks := [][3]string{
			{"strip", StripSpace(s), strings.TrimFunc(s, IsSpaceRune)},
			{"lstrip", LStripSpace(s), strings.TrimLeftFunc(s, IsSpaceRune)},
			{"rstrip", RStripSpace(s), strings.TrimRightFunc(s, IsSpaceRune)},
			{"strip chars", Strip(s, ",. a"), strings.Trim(s, ",. a")},
			{"strip non-ASCII chars", Strip(s, "\u00e9,"), strings.Trim(s, "\u00e9,")},
			{"split", strings.Join(SplitWhitespace(s, -1), "|"), strings.Join(strings.FieldsFunc(s, IsSpaceRune), "|")},
		}
		for _, c := range checks {
			if c[1] != c[2] {
				t.Errorf("%s(%q) = %q, want %q", c[0], s, c[1], c[2])
			}
		}
		if got := len(SplitWhitespace(s, 1)); got > 2 {
			t.Errorf("split(%q, 1) gave %d parts", s, got)
		}
	}
}
