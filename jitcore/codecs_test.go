package jitcore

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"

	"jitlens/jitcore/pystr"
)

// codecCase is one line of testdata/codecs/codecs.golden.jsonl, written by
// testdata/codecs/gen_codecs.py from CPython.
type codecCase struct {
	Op     string          `json:"op"`
	In     json.RawMessage `json:"in"`
	Enc    string          `json:"enc"`
	Errors string          `json:"errors"`
	Out    json.RawMessage `json:"out"`
	Err    []string        `json:"err"`
}

// TestCodecsGolden checks str.encode and bytes.decode against CPython:
// bytes out, characters out, or the exception's type and message.
func TestCodecsGolden(t *testing.T) {
	f, err := os.Open("testdata/codecs/codecs.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		var c codecCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		var got any
		var gerr error
		switch c.Op {
		case "encode":
			var cps []rune
			if err := json.Unmarshal(c.In, &cps); err != nil {
				t.Fatal(err)
			}
			var b []byte
			b, gerr = encodeNamed(pystr.FromRunes(cps), c.Enc, c.Errors)
			got = hex.EncodeToString(b)
		default:
			var h string
			if err := json.Unmarshal(c.In, &h); err != nil {
				t.Fatal(err)
			}
			raw, _ := hex.DecodeString(h)
			var s string
			s, gerr = decodeNamed(raw, c.Enc, c.Errors)
			cps := pystr.Runes(s)
			if cps == nil {
				cps = []rune{}
			}
			got = cps
		}
		name := c.Op + " " + string(c.In) + " " + c.Enc + " " + c.Errors
		if c.Err != nil {
			if gerr == nil {
				t.Errorf("%s: got %v, want %s: %s", name, got, c.Err[0], c.Err[1])
				continue
			}
			e := toException(gerr)
			msg, ok := unicodeErrorStr(e)
			if !ok {
				msg = excStrNoVM(e)
			}
			if e.cls.Name != c.Err[0] || msg != c.Err[1] {
				t.Errorf("%s: got %s: %s, want %s: %s", name, e.cls.Name, msg, c.Err[0], c.Err[1])
			}
			continue
		}
		if gerr != nil {
			t.Errorf("%s: unexpected error %v, want %s", name, gerr, c.Out)
			continue
		}
		gotJSON, _ := json.Marshal(got)
		var want, have any
		json.Unmarshal(c.Out, &want)
		json.Unmarshal(gotJSON, &have)
		if string(mustJSON(want)) != string(mustJSON(have)) {
			t.Errorf("%s: got %s, want %s", name, gotJSON, c.Out)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cases in testdata/codecs/codecs.golden.jsonl")
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
