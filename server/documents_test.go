package server

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"jitlens/analysis/syntax"
)

// TestSnapshotReparse types a sequence of edits into a document, through
// valid and broken versions and versions never parsed, and checks that
// each parsed snapshot's tree and errors are exactly a full parse's, and
// that a parsed snapshot holds on to at most one older version.
func TestSnapshotReparse(t *testing.T) {
	text := "import math\n\ndef f(x):\n    return x\n\ndef g(y):\n    return y * 2\n\nprint(f(1))\n"
	steps := []struct {
		name    string
		line    int // 0-based
		col     int
		endCol  int
		newText string
		parse   bool // parse this version (others are typed over)
	}{
		{"rename", 2, 4, 5, "h", true},
		{"open a call", 3, 12, 12, "math.sqrt(", true},
		{"argument, not parsed", 3, 22, 22, "x", false},
		{"close the call", 3, 23, 23, ")", true},
		{"new line", 3, 24, 24, "\n    y = 1", true},
		{"break a later function", 7, 4, 10, "retur", true},
		{"fix it", 7, 4, 9, "return", true},
		{"whole new text", -1, 0, 0, "x = 1\n", true},
		{"append", 1, 0, 0, "y = 2\n", true},
	}
	snap := newSnapshot("edit.py", 1, text)
	snap.parse()
	for i, st := range steps {
		var changes []contentChange
		if st.line < 0 {
			changes = []contentChange{{Text: st.newText}}
		} else {
			changes = []contentChange{{Range: rangeOf(st.line, st.col, st.line, st.endCol), Text: st.newText}}
		}
		next, lines, _, err := applyChanges(snap.text, snap.lines, changes)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if want := syntax.NewLineIndex(next); lines.LineCount() != want.LineCount() {
			t.Fatalf("%s: line index of %d lines, want %d", st.name, lines.LineCount(), want.LineCount())
		}
		snap = snap.next(int32(i+2), next, lines)
		if !st.parse {
			continue
		}
		mod, errs := snap.parse()
		wantMod, wantErrs := syntax.Parse("edit.py", []byte(next))
		if got, want := syntax.Dump(mod, true), syntax.Dump(wantMod, true); got != want {
			t.Fatalf("%s: tree\n%s\nwant\n%s", st.name, got, want)
		}
		if got, want := errString(errs), errString(wantErrs); got != want {
			t.Fatalf("%s: errors %q, want %q", st.name, got, want)
		}
		// A version without errors is itself the base of the next one; a
		// broken one keeps only the last good version.
		b := snap.base.Load()
		switch {
		case len(errs) == 0 && b != nil:
			t.Errorf("%s: parsed without errors but still holds version %d", st.name, b.version)
		case b != nil && (b.base.Load() != nil || len(b.errs) > 0):
			t.Errorf("%s: holds a chain of versions", st.name)
		}
	}
}

func errString(errs syntax.ErrorList) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.Error())
		b.WriteString("\n")
	}
	return b.String()
}

// TestSnapshotReparseConcurrent parses a chain of versions from several
// goroutines at once, in no particular order, as requests and diagnostics
// may: every version still gets exactly its full parse (run with -race to
// check the hand-over between versions).
func TestSnapshotReparseConcurrent(t *testing.T) {
	text := benchSource(300)
	snaps := []*snapshot{newSnapshot("c.py", 1, text)}
	for i := 0; i < 12; i++ {
		prev := snaps[len(snaps)-1]
		line := 3 + 10*i
		edit := contentChange{Range: rangeOf(line, 4, line, 9), Text: "count"}
		if i%3 == 1 {
			edit = contentChange{Range: rangeOf(line+1, 13, line+1, 13), Text: "\n    x = ("} // broken
		}
		next, lines, _, err := applyChanges(prev.text, prev.lines, []contentChange{edit})
		if err != nil {
			t.Fatal(err)
		}
		snaps = append(snaps, prev.next(int32(i+2), next, lines))
	}
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range snaps {
				snaps[(i*(g+1)+g)%len(snaps)].parse()
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	for _, s := range snaps {
		p := s.analysis() // parse's tree may have been taken over since
		mod, errs := p.mod, p.errs
		wantMod, wantErrs := syntax.Parse("c.py", []byte(s.text))
		if syntax.Dump(mod, true) != syntax.Dump(wantMod, true) || errString(errs) != errString(wantErrs) {
			t.Fatalf("version %d differs from a full parse", s.version)
		}
	}
}

// TestSnapshotTakeOver types a chain of versions, most adding a line (so
// that the statements below move), while readers pin some of them as
// views do and read their trees and analyses concurrently. A version's
// parse takes the previous tree over only when no one can read it: a
// pinned version's tree, and every version's analysis, must stay exactly
// its full parse. Run with -race to check the hand-over.
func TestSnapshotTakeOver(t *testing.T) {
	snap := newSnapshot("t.py", 1, benchSource(400))
	snap.parse()
	all := []*snapshot{snap}
	var wg sync.WaitGroup
	failed := make(chan string, 100)
	check := func(s *snapshot, mod *syntax.Module, what string) {
		want, _ := syntax.Parse("t.py", []byte(s.text))
		if syntax.Dump(mod, true) != syntax.Dump(want, true) {
			failed <- fmt.Sprintf("version %d: %s differs from a full parse", s.version, what)
		}
	}
	for i := 0; i < 40; i++ {
		cur := all[len(all)-1]
		if i%4 == 1 {
			// A request holds the current version and reads its tree
			// while later versions are typed and parsed.
			cur.pin()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer cur.unpin()
				mod, _ := cur.parse()
				check(cur, mod, "the tree of a pinned version")
				check(cur, cur.analysis().mod, "the analysis of a pinned version")
				mod, _ = cur.parse()
				check(cur, mod, "the tree of a pinned version, later")
			}()
		}
		// After the k-th "total = 0" of the text: the edits land in
		// different functions, and all but the broken ones parse.
		k := (i * 7) % strings.Count(cur.text, "total = 0")
		off := 0
		for range k + 1 {
			off += strings.Index(cur.text[off:], "total = 0") + len("total = 0")
		}
		line := strings.Count(cur.text[:off], "\n")
		col := off - strings.LastIndexByte(cur.text[:off], '\n') - 1
		edit := contentChange{Range: rangeOf(line, col, line, col), Text: "\n    x = 1"} // a new line
		switch i % 5 {
		case 2:
			edit = contentChange{Range: rangeOf(line, col, line, col), Text: " + ("} // broken
		case 3:
			// Fix the broken one.
			off := strings.Index(cur.text, " + (")
			line := strings.Count(cur.text[:off], "\n")
			col := off - strings.LastIndexByte(cur.text[:off], '\n') - 1
			edit = contentChange{Range: rangeOf(line, col, line, col+4), Text: ""}
		case 4:
			edit = contentChange{Range: rangeOf(line, col-9, line, col-4), Text: "count"} // same lines
		}
		next, lines, _, err := applyChanges(cur.text, cur.lines, []contentChange{edit})
		if err != nil {
			t.Fatal(err)
		}
		n := cur.next(int32(i+2), next, lines)
		all = append(all, n)
		if _, errs := n.parse(); len(errs) > 0 != (i%5 == 2) {
			t.Fatalf("version %d: errors %v", n.version, errs)
		}
		if i%7 == 3 {
			// Diagnostics of an older version, published late.
			old := all[len(all)/2]
			wg.Add(1)
			go func() {
				defer wg.Done()
				check(old, old.analysis().mod, "a late analysis")
			}()
		}
	}
	wg.Wait()
	close(failed)
	for msg := range failed {
		t.Error(msg)
	}
	taken := 0
	for _, s := range all {
		check(s, s.analysis().mod, "the analysis")
		if s.taken {
			taken++
		}
	}
	if taken == 0 {
		t.Error("no version's tree was taken over: the statements were always copied")
	}
	t.Logf("%d of %d versions' trees taken over", taken, len(all))
}
