package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"jitlens/analysis/syntax"
	"jitlens/analysis/syntax/internal/cpyref"
)

//go:embed reference.py
var referenceScript string

//go:embed testsnippets.py
var testSnippetsScript string

// config says what to compare.
type config struct {
	python      string // the CPython 3.11 interpreter
	dir         string // the standard library; "" asks python for it
	includeSite bool   // also check site-packages
	structure   bool   // compare dumps without positions
	mutants     int    // compare this many mutants of each file instead
	testSnips   bool   // compare the snippets of CPython's syntax tests instead
	seed        int64  // seed of the mutations
	out         io.Writer
}

// summary counts the files by outcome.
type summary struct {
	total      int
	identical  int // both parse, same dump
	different  int // both parse, different dumps
	bothReject int // both report a syntax error
	sameError  int // of bothReject: the same kind, message and position
	disagree   int // one parses, the other rejects (or ours panicked)
}

func (s summary) String() string {
	return fmt.Sprintf("%d files: %d identical, %d different, %d both reject (%d with the same error), %d disagree",
		s.total, s.identical, s.different, s.bothReject, s.sameError, s.disagree)
}

// ourResult is jitlens's outcome for one file.
type ourResult struct {
	text string
	ok   bool
}

// run compares every file of the configured directory, or mutants of them.
func run(cfg config) (summary, error) {
	if cfg.dir == "" {
		dir, err := cpyref.StdlibDir(cfg.python)
		if err != nil {
			return summary{}, err
		}
		cfg.dir = dir
	}
	files, err := cpyref.PythonFiles(cfg.dir, cfg.includeSite)
	if err != nil {
		return summary{}, err
	}
	if cfg.testSnips {
		return compareTestSnippets(cfg)
	}
	if cfg.mutants > 0 {
		tmp, err := os.MkdirTemp("", "jitlens-mutants-")
		if err != nil {
			return summary{}, err
		}
		if files, err = writeMutants(files, cfg.dir, tmp, cfg.mutants, cfg.seed); err != nil {
			return summary{}, err
		}
		fmt.Fprintf(cfg.out, "mutants in %s (delete it when done)\n", tmp)
		cfg.dir = tmp
	}
	return compare(cfg, files)
}

// compareTestSnippets extracts the code snippets of CPython's own syntax
// tests into a temporary directory and compares those.
func compareTestSnippets(cfg config) (summary, error) {
	tmp, err := os.MkdirTemp("", "jitlens-testsnippets-")
	if err != nil {
		return summary{}, err
	}
	cmd := exec.Command(cfg.python, "-c", testSnippetsScript, tmp)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return summary{}, fmt.Errorf("extracting test snippets: %v", err)
	}
	files, err := cpyref.PythonFiles(tmp, false)
	if err != nil {
		return summary{}, err
	}
	fmt.Fprintf(cfg.out, "snippets in %s (delete it when done)\n", tmp)
	cfg.dir = tmp
	return compare(cfg, files)
}

// compare compares the given files: CPython produces its results in one
// child process while a goroutine produces ours, and the two streams are
// compared in file order.
func compare(cfg config, files []string) (summary, error) {
	var s summary
	cmd := exec.Command(cfg.python, "-c", referenceScript, strconv.FormatBool(!cfg.structure))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return s, err
	}
	if err := cmd.Start(); err != nil {
		return s, fmt.Errorf("starting %s: %v", cfg.python, err)
	}
	ours := make(chan ourResult, 16)
	go func() {
		for _, f := range files {
			ours <- parseFile(f, !cfg.structure)
		}
		close(ours)
	}()
	ref := bufio.NewReaderSize(stdout, 1<<20)
	for _, f := range files {
		path, cpyOK, cpyText, err := readRecord(ref)
		if err != nil {
			cmd.Process.Kill()
			return s, fmt.Errorf("reading CPython's result for %s: %v", f, err)
		}
		if path != f {
			cmd.Process.Kill()
			return s, fmt.Errorf("CPython's result is for %s, expected %s", path, f)
		}
		s.add(cfg.out, relPath(cfg.dir, f), <-ours, cpyOK, cpyText)
	}
	if err := cmd.Wait(); err != nil {
		return s, fmt.Errorf("%s: %v", cfg.python, err)
	}
	return s, nil
}

// add counts one file and reports it when the outcomes differ.
func (s *summary) add(w io.Writer, name string, ours ourResult, cpyOK bool, cpyText string) {
	s.total++
	switch {
	case ours.ok && cpyOK && ours.text == cpyText:
		s.identical++
	case ours.ok && cpyOK:
		s.different++
		fmt.Fprintf(w, "DIFFERENT %s: %s\n", name, cpyref.FirstDifference(ours.text, cpyText))
	case !ours.ok && !cpyOK:
		s.bothReject++
		if cpyref.Equal(ours.text, cpyText) {
			s.sameError++
		} else {
			fmt.Fprintf(w, "BOTH REJECT %s with different errors:\n   ours: %s\ncpython: %s\n", name, oneLine(ours.text), oneLine(cpyText))
		}
	case cpyOK:
		s.disagree++
		fmt.Fprintf(w, "DISAGREE %s: CPython parses it, ours says %s\n", name, oneLine(ours.text))
	default:
		s.disagree++
		fmt.Fprintf(w, "DISAGREE %s: ours parses it, CPython says %s\n", name, oneLine(cpyText))
	}
}

func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", " | ") }

// parseFile returns our outcome for one file; a panic in the parser is
// reported as a rejection that can never equal CPython's.
func parseFile(path string, positions bool) ourResult {
	src, err := os.ReadFile(path)
	if err != nil {
		return ourResult{text: "read error: " + err.Error()}
	}
	text, ok := cpyref.SafeOutcome(path, src, syntax.ModeExec, positions)
	return ourResult{text: text, ok: ok}
}

// readRecord reads one record of reference.py's output.
func readRecord(r *bufio.Reader) (path string, ok bool, text string, err error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return "", false, "", err
	}
	fields := strings.Split(strings.TrimSuffix(header, "\n"), "\t")
	if len(fields) != 3 {
		return "", false, "", fmt.Errorf("bad record header %q", header)
	}
	n, err := strconv.Atoi(fields[2])
	if err != nil {
		return "", false, "", fmt.Errorf("bad record header %q", header)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return "", false, "", err
	}
	body := string(buf)
	if fields[1] == "ok" {
		body += "\n" // cpyref.Outcome ends a dump with a newline
	}
	return fields[0], fields[1] == "ok", body, nil
}

func relPath(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil {
		return r
	}
	return path
}
