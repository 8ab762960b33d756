package profile

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// TextOptions configure WriteText.
type TextOptions struct {
	// TopFunctions and TopLines bound the two tables; 0 means 10.
	TopFunctions, TopLines int
}

// WriteText writes the report printed to stderr at exit: totals, then the
// functions and lines with the most self time, each with its share of the
// sampled time, the tier it ran in and, when the run blocked at all, its
// I/O and sleep shares.
func (p *Profile) WriteText(w io.Writer, opts TextOptions) error {
	if opts.TopFunctions <= 0 {
		opts.TopFunctions = 10
	}
	if opts.TopLines <= 0 {
		opts.TopLines = 10
	}
	tot := p.Totals()
	var b strings.Builder
	fmt.Fprintf(&b, "jitlens profile: %s wall, %s CPU, %d samples at %d Hz\n",
		formatDuration(p.Duration), formatDuration(p.CPUTime), tot.Samples, p.Rate)
	if tot.Samples == 0 {
		b.WriteString("no samples: the run was shorter than one sample period\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	blocked := tot.IO > 0 || tot.Sleep > 0
	fmt.Fprintf(&b, "time: interpreter %s, native %s", formatShare(tot.InterpreterShare()), formatShare(tot.NativeShare()))
	if blocked {
		fmt.Fprintf(&b, "; blocked in I/O %s, sleeping %s", formatShare(tot.IOShare()), formatShare(tot.SleepShare()))
	}
	b.WriteString("\n")

	funcs := p.FunctionStats()
	b.WriteString("\ntop functions by self time:\n")
	t := newTable(blocked, "function", "self", "self%", "total", "total%")
	shown := 0
	for _, f := range funcs {
		if shown == opts.TopFunctions || f.Self.Wall == 0 {
			break
		}
		t.row(f.Self, f.Name+" ("+location(f.File, f.StartLine)+")",
			formatDuration(f.Self.Wall), formatShare(share(f.Self.Wall, tot.Wall)),
			formatDuration(f.Total.Wall), formatShare(share(f.Total.Wall, tot.Wall)))
		shown++
	}
	t.writeTo(&b)
	writeRest(&b, funcs[shown:], "functions", func(f FunctionStats) time.Duration { return f.Self.Wall }, tot.Wall)

	lines := p.LineStats()
	b.WriteString("\ntop lines by self time:\n")
	t = newTable(blocked, "line", "self", "self%")
	shown = 0
	for _, l := range lines {
		if shown == opts.TopLines || l.Self.Wall == 0 {
			break
		}
		t.row(l.Self, location(l.File, l.Line)+" "+l.Name,
			formatDuration(l.Self.Wall), formatShare(share(l.Self.Wall, tot.Wall)))
		shown++
	}
	t.writeTo(&b)
	writeRest(&b, lines[shown:], "lines", func(l LineStats) time.Duration { return l.Self.Wall }, tot.Wall)

	_, err := io.WriteString(w, b.String())
	return err
}

// writeRest sums the self time of the entries left out of a table.
func writeRest[T any](b *strings.Builder, rest []T, what string, self func(T) time.Duration, total time.Duration) {
	var n int
	var sum time.Duration
	for _, r := range rest {
		if s := self(r); s > 0 {
			n++
			sum += s
		}
	}
	if n > 0 {
		fmt.Fprintf(b, "  ... %d more %s, %s of the time\n", n, what, formatShare(share(sum, total)))
	}
}

// table lays out right-aligned number columns, then tier (and I/O and
// sleep when the run blocked), then a left-aligned name.
type table struct {
	blocked bool
	rows    [][]string
}

func newTable(blocked bool, nameHead string, numberHeads ...string) *table {
	head := append(numberHeads, "tier")
	if blocked {
		head = append(head, "I/O", "sleep")
	}
	return &table{blocked: blocked, rows: [][]string{append(head, nameHead)}}
}

func (t *table) row(tm Time, name string, numbers ...string) {
	r := append(numbers, formatTier(tm))
	if t.blocked {
		r = append(r, formatBlocked(tm.IOShare()), formatBlocked(tm.SleepShare()))
	}
	t.rows = append(t.rows, append(r, name))
}

func (t *table) writeTo(b *strings.Builder) {
	n := len(t.rows[0])
	width := make([]int, n)
	for _, r := range t.rows {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	tierCol := n - 2
	if t.blocked {
		tierCol = n - 4
	}
	for _, r := range t.rows {
		var line strings.Builder
		for i, c := range r[:n-1] {
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			line.WriteString("  ")
			if i == tierCol { // words read better left-aligned
				line.WriteString(c + pad)
			} else {
				line.WriteString(pad + c)
			}
		}
		line.WriteString("  " + r[n-1])
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

func location(file string, line int) string { return fmt.Sprintf("%s:%d", file, line) }

// formatTier names the tier a function or line ran in, with the native
// share of its time when it ran in both.
func formatTier(t Time) string {
	switch {
	case t.Native == 0:
		return "interpreter"
	case t.Native >= t.Wall:
		return "native"
	}
	return fmt.Sprintf("native %.0f%%", 100*t.NativeShare())
}

func formatBlocked(f float64) string {
	if f == 0 {
		return "-"
	}
	return formatShare(f)
}

func formatShare(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

// formatDuration prints three significant digits in the largest unit that
// keeps the number at least 1: 2.31s, 930ms, 12.5ms, 850µs.
func formatDuration(d time.Duration) string {
	units := []struct {
		size time.Duration
		name string
	}{{time.Second, "s"}, {time.Millisecond, "ms"}, {time.Microsecond, "µs"}}
	for _, u := range units {
		if d >= u.size {
			v := float64(d) / float64(u.size)
			switch {
			case v >= 100:
				return fmt.Sprintf("%.0f%s", v, u.name)
			case v >= 10:
				return fmt.Sprintf("%.1f%s", v, u.name)
			}
			return fmt.Sprintf("%.2f%s", v, u.name)
		}
	}
	return fmt.Sprintf("%dns", d.Nanoseconds())
}
