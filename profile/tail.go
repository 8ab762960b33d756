package profile

import (
	"bytes"
	"sync"
	"unicode/utf8"
)

// maxTailLineBytes bounds each kept line: a script that prints megabytes
// without a newline must not make the report huge.
const maxTailLineBytes = 2000

// TailWriter is an io.Writer that keeps the last lines written to it, for
// the run report's output tail. Wrap the script's stdout and stderr with
// io.MultiWriter(realStream, tail). It is safe for concurrent use.
type TailWriter struct {
	mu      sync.Mutex
	max     int
	lines   []string // ring of complete lines, oldest at head
	head    int
	partial []byte // the line being written, capped
	long    bool   // partial was cut at maxTailLineBytes
	dropped int64
}

// NewTailWriter returns a writer keeping the last n lines (n >= 1).
func NewTailWriter(n int) *TailWriter {
	return &TailWriter{max: max(n, 1)}
}

// Write records p; it never fails.
func (t *TailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i]
		}
		if room := maxTailLineBytes - len(t.partial); len(chunk) > room {
			t.partial = append(t.partial, chunk[:room]...)
			t.long = true
		} else {
			t.partial = append(t.partial, chunk...)
		}
		if i < 0 {
			break
		}
		t.push(t.line())
		p = p[i+1:]
	}
	return n, nil
}

// line returns the partial line as a string, marking a cut one with "…".
func (t *TailWriter) line() string {
	s := cutLine(t.partial, t.long)
	t.partial, t.long = t.partial[:0], false
	return s
}

// cutLine converts a kept line, marking a cut one with "…" after dropping
// the character the cut split, if any.
func cutLine(b []byte, cut bool) string {
	if !cut {
		return string(b)
	}
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				b = b[:i]
			}
			break
		}
	}
	return string(b) + "…"
}

func (t *TailWriter) push(s string) {
	if len(t.lines) < t.max {
		t.lines = append(t.lines, s)
		return
	}
	t.lines[t.head] = s
	t.head = (t.head + 1) % t.max
	t.dropped++
}

// Tail returns the kept lines, oldest first, including an unfinished last
// line, and the number of lines dropped before them.
func (t *TailWriter) Tail() StreamTail {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]string, 0, len(t.lines)+1)
	out = append(out, t.lines[t.head:]...)
	out = append(out, t.lines[:t.head]...)
	dropped := t.dropped
	if len(t.partial) > 0 || t.long {
		out = append(out, cutLine(t.partial, t.long))
		if len(out) > t.max {
			out = out[1:]
			dropped++
		}
	}
	return StreamTail{Lines: out, DroppedLines: dropped}
}
