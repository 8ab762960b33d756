package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"jitlens/analysis/syntax"
)

func init() {
	register(&command{
		name:  "parse",
		usage: "[--ast] FILE  report FILE's syntax errors, or print its tree as CPython's ast.dump",
		run:   runParse,
	})
}

// runParse checks a file's syntax. Without --ast it prints each syntax
// error as FILE:LINE:COL: KIND: MESSAGE (COL is CPython's 1-based character
// offset) and exits 1, or exits 0 silently. With --ast it prints what
// ast.dump(ast.parse(source), include_attributes=True) prints.
func runParse(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("parse", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dumpTree := flags.Bool("ast", false, "print the syntax tree as CPython's ast.dump(tree, include_attributes=True)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: jitlens parse [--ast] FILE")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() != 1 {
		flags.Usage()
		return 2
	}
	file := flags.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens parse: %v\n", err)
		return 2
	}
	tree, errs := syntax.Parse(file, src)
	if len(errs) > 0 {
		// With --ast, the errors are what stops the dump, as CPython's
		// traceback would: they go to stderr.
		w := stdout
		if *dumpTree {
			w = stderr
		}
		for _, e := range errs {
			fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", file, e.Pos.Lineno, pythonColumn(e), e.Kind, e.Msg)
		}
		return 1
	}
	if *dumpTree {
		fmt.Fprintln(stdout, syntax.Dump(tree, true))
	}
	return 0
}

// pythonColumn returns the column CPython reports as the error's offset:
// 1-based and counted in characters of the error's line.
func pythonColumn(e *syntax.SyntaxError) int {
	if e.Text == "" {
		return e.Pos.ColOffset + 1
	}
	return syntax.PythonOffset(e.Text, e.Pos.ColOffset)
}
