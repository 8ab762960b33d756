package syntax

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"
)

// pythonOutput runs a python3 script with stdin and returns its stdout; the
// test is skipped when python3 (CPython 3.11, the reference) is missing.
func pythonOutput(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipped: python3 (CPython 3.11) is not on PATH; install it to compare with CPython")
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return out
}

func TestIsPrintableMatchesPython(t *testing.T) {
	want := pythonOutput(t, `import sys
sys.stdout.write("".join("1" if chr(c).isprintable() else "0" for c in range(0x110000)))`, nil)
	if len(want) != 0x110000 {
		t.Fatalf("python printed %d flags, want %d", len(want), 0x110000)
	}
	bad := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if got := isPrintable(r); got != (want[r] == '1') {
			if bad++; bad <= 20 {
				t.Errorf("isPrintable(U+%04X) = %v, python says %v", r, got, !got)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d code points differ in all", bad)
	}
}

// compareReprs checks that each value's repr is the python3 output line
// with the same index; the script reads the values' encodings from stdin.
func compareReprs(t *testing.T, script string, input []byte, values []any) {
	t.Helper()
	out := pythonOutput(t, script, input)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(values) {
		t.Fatalf("python printed %d lines for %d values", len(lines), len(values))
	}
	bad := 0
	for i, v := range values {
		var b strings.Builder
		writeValueRepr(&b, v)
		if b.String() != lines[i] {
			if bad++; bad <= 20 {
				t.Errorf("repr of %#v:\n got: %s\nwant: %s", v, b.String(), lines[i])
			}
		}
	}
}

func TestStrReprMatchesPython(t *testing.T) {
	// Every code point, lone surrogates included, in chunks of 64, plus
	// quote mixtures; sent as UTF-32 so that surrogates survive the pipe.
	var values []any
	var input bytes.Buffer
	add := func(cps []rune) {
		var s []byte
		for _, r := range cps {
			if r >= 0xD800 && r <= 0xDFFF {
				s = append(s, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
			} else {
				s = utf8.AppendRune(s, r)
			}
		}
		values = append(values, string(s))
		binary.Write(&input, binary.LittleEndian, uint32(len(cps)))
		for _, r := range cps {
			binary.Write(&input, binary.LittleEndian, uint32(r))
		}
	}
	for lo := rune(0); lo <= 0x10FFFF; lo += 64 {
		var cps []rune
		for r := lo; r < lo+64; r++ {
			cps = append(cps, r)
		}
		add(cps)
	}
	for _, s := range []string{"", "'", `"`, `'"`, `a'b`, `a"b`, `\'`, "'''", `"""`, "\\\\"} {
		add([]rune(s))
	}
	compareReprs(t, `import sys, struct
data = sys.stdin.buffer.read()
i, out = 0, []
while i < len(data):
    (n,) = struct.unpack_from("<I", data, i)
    cps = struct.unpack_from("<%dI" % n, data, i + 4)
    i += 4 + 4 * n
    out.append(repr("".join(map(chr, cps))))
sys.stdout.buffer.write(("\n".join(out) + "\n").encode())`, input.Bytes(), values)
}

func TestBytesReprMatchesPython(t *testing.T) {
	var values []any
	var input bytes.Buffer
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, v := range [][]byte{all, nil, []byte("'"), []byte(`"`), []byte(`'"`), []byte("it's")} {
		values = append(values, Bytes(v))
		fmt.Fprintf(&input, "%x\n", v)
	}
	compareReprs(t, `import sys
for line in sys.stdin.read().split("\n")[:-1]:
    print(repr(bytes.fromhex(line)))`, input.Bytes(), values)
}

func TestNumberReprMatchesPython(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var values []any
	var input bytes.Buffer
	addFloat := func(f float64) {
		values = append(values, f)
		fmt.Fprintf(&input, "f %016x\n", math.Float64bits(f))
	}
	for _, f := range []float64{0, 1, 0.1, 1e15, 1e16, 1e-4, 1e-5, 5e-324, math.MaxFloat64, math.Inf(1), 123456.789, 1e22, 1e21} {
		addFloat(f)
	}
	for i := 0; i < 3000; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) {
			continue
		}
		addFloat(f)
		addFloat(math.Round(f*1000) / 1000)
		addFloat(float64(rng.Int63n(1e6)) * math.Pow(10, float64(rng.Intn(44)-22)))
	}
	for i := 0; i < 300; i++ {
		im := float64(rng.Int63n(1e6)) * math.Pow(10, float64(rng.Intn(44)-22))
		re := 0.0
		if i%2 == 1 {
			re = rng.NormFloat64() * 1e3
		}
		values = append(values, complex(re, im))
		fmt.Fprintf(&input, "c %016x %016x\n", math.Float64bits(re), math.Float64bits(im))
	}
	for i := 0; i < 300; i++ {
		n := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(300))))
		values = append(values, n)
		fmt.Fprintf(&input, "i %x\n", n)
	}
	compareReprs(t, `import sys, struct
def f(h): return struct.unpack("<d", bytes.fromhex(h)[::-1])[0]
for line in sys.stdin.read().split("\n")[:-1]:
    kind, *args = line.split()
    if kind == "f": print(repr(f(args[0])))
    elif kind == "c": print(repr(complex(f(args[0]), f(args[1]))))
    else: print(repr(int(args[0], 16)))`, input.Bytes(), values)
}
