package profile

import (
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"io"
)

// storedMax is the largest encoded profile written without compression.
// compress/flate's writer allocates about 800 KB of tables whatever the
// level; in a short run those are fresh pages, and faulting them in costs
// about a millisecond, as much as a 15 ms script's whole profiling. A
// profile of a few hundred KB saves less than that by compression.
const storedMax = 256 << 10

// writeGzip writes data as a gzip stream: compressed when it is larger than
// storedMax, else in stored (uncompressed) deflate blocks, which every gzip
// reader accepts and which need no compressor.
func writeGzip(w io.Writer, data []byte) error {
	if len(data) > storedMax {
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(data); err != nil {
			return err
		}
		return zw.Close()
	}
	return writeStoredGzip(w, data)
}

// writeStoredGzip writes data as one gzip member (RFC 1952) of stored
// deflate blocks (RFC 1951, BTYPE 00): a block header byte, the length and
// its complement, then the bytes as they are.
func writeStoredGzip(w io.Writer, data []byte) error {
	const maxBlock = 0xffff
	out := make([]byte, 0, 10+len(data)+5*(len(data)/maxBlock+1)+8)
	// ID1 ID2, CM=deflate, no flags, no mtime, XFL 0, OS unknown
	out = append(out, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff)
	rest := data
	for {
		n := min(len(rest), maxBlock)
		final := byte(0)
		if n == len(rest) {
			final = 1
		}
		out = append(out, final)
		out = binary.LittleEndian.AppendUint16(out, uint16(n))
		out = binary.LittleEndian.AppendUint16(out, ^uint16(n))
		out = append(out, rest[:n]...)
		rest = rest[n:]
		if final == 1 {
			break
		}
	}
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(data)))
	_, err := w.Write(out)
	return err
}
