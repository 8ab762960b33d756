package profile

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

// TestWriteGzip checks that every size round-trips through a standard gzip
// reader: empty, one byte, block boundaries of the stored form, and a size
// beyond storedMax that is compressed.
func TestWriteGzip(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 0xffff, 0xffff + 1, 3*0xffff + 7, storedMax, storedMax + 1} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*7 + i/300)
		}
		var buf bytes.Buffer
		if err := writeGzip(&buf, data); err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		zr, err := gzip.NewReader(&buf)
		if err != nil {
			t.Fatalf("%d bytes: not gzip: %v", n, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%d bytes: reading back: %v", n, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: read back %d bytes that differ", n, len(got))
		}
	}
}
