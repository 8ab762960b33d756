package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/hints"
)

func init() {
	register(&command{
		name:  "hints",
		usage: "[--run [--no-jit]] [--json] [--fix KIND [--unsafe-fixes]] SCRIPT [ARGS...]   advice for making SCRIPT faster",
		run:   hintsMain,
	})
}

func hintsMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hints", flag.ContinueOnError)
	fs.SetOutput(stderr)
	run := fs.Bool("run", false, "run the script under the profiler and the JIT first, and weigh every hint by measured time")
	asJSON := fs.Bool("json", false, "print the hints as a versioned JSON document")
	fix := fs.String("fix", "", "apply the safe fixes of this kind (e.g. njit-candidate, or all) to the script")
	unsafe := fs.Bool("unsafe-fixes", false, "with --fix, also apply fixes that may change the output")
	rate := fs.Int("rate", 1000, "with --run, the sampling rate in Hz")
	jitFlags := addJITFlags(fs, true) // with --run: measure what `jitlens run` runs
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: jitlens hints [--run [--no-jit]] [--json] [--fix KIND [--unsafe-fixes]] SCRIPT [ARGS...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return 2
	}
	script := fs.Arg(0)
	src, err := os.ReadFile(script)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 2
	}
	mod, errs := syntax.Parse(script, src)
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", script, e.Pos.Lineno, e.Pos.ColOffset+1, e.Kind, e.Msg)
		}
		return 1
	}
	in := hints.Input{File: analysis.Analyze(script, src, mod), Path: script}
	if *run {
		// with --json, stdout holds only the document: the script's own
		// output goes to stderr
		scriptOut := stdout
		if *asJSON {
			scriptOut = stderr
		}
		report, status := profileForHints(script, fs.Args()[1:], *rate, jitFlags.options(), scriptOut, stderr)
		if report == nil {
			return status
		}
		jitFlags.printReport(stderr)
		in.Report = report
	}
	hs := hints.Advise(in)
	if *fix != "" {
		return applyFixes(script, src, hs, *fix, *unsafe, stdout, stderr)
	}
	if *asJSON {
		if err := hints.WriteJSON(stdout, script, src, hs); err != nil {
			fmt.Fprintf(stderr, "jitlens: %v\n", err)
			return 1
		}
		return 0
	}
	if err := hints.WriteText(stdout, script, src, hs); err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 1
	}
	if len(hs) == 0 {
		if in.Report == nil {
			fmt.Fprintln(stderr, "no static hints; run with --run to weigh the code by measured time")
		} else {
			fmt.Fprintln(stderr, "no hints: nothing hot enough to be worth changing")
		}
	}
	return 0
}

// applyFixes writes the script back with the fixes of one kind applied,
// after checking that the result still parses.
func applyFixes(script string, src []byte, hs []hints.Hint, kind string, unsafe bool, stdout, stderr io.Writer) int {
	k := hints.Kind(kind)
	if kind == "all" {
		k = ""
	} else if !knownKind(k) {
		fmt.Fprintf(stderr, "jitlens: unknown hint kind %q\n", kind)
		return 2
	}
	edits := hints.SafeEdits(hs, k, unsafe)
	if len(edits) == 0 {
		fmt.Fprintf(stdout, "no %s fixes to apply\n", kind)
		return 0
	}
	out, err := hints.Apply(src, edits)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 1
	}
	if _, errs := syntax.Parse(script, out); len(errs) > 0 {
		fmt.Fprintf(stderr, "jitlens: the fixed file would not parse (%v); nothing was written\n", errs[0])
		return 1
	}
	if err := os.WriteFile(script, out, 0o644); err != nil {
		fmt.Fprintf(stderr, "jitlens: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "applied %d edits to %s\n", len(edits), script)
	return 0
}

func knownKind(k hints.Kind) bool {
	for _, x := range hints.Kinds {
		if x == k {
			return true
		}
	}
	return false
}
