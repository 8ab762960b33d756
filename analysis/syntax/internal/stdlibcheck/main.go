// Command stdlibcheck parses every .py file of the installed CPython
// standard library with jitlens and with CPython's ast.parse, compares the
// dumps (with positions), checks that the files CPython rejects are
// rejected, and prints the first difference of each file that differs and
// the counts. It exits 1 when any file differs or the parsers disagree.
//
//	go run ./analysis/syntax/internal/stdlibcheck [-dir DIR] [-site] [-structure] [-mutants N | -testsnippets]
//
// With -mutants N it compares N randomly edited copies of each file instead,
// and with -testsnippets the code snippets of CPython's own syntax tests
// (test_syntax, test_grammar, test_fstring, ...); both exercise the error
// messages and positions.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.python, "python", "python3", "the CPython 3.11 interpreter")
	flag.StringVar(&cfg.dir, "dir", "", "directory to check (default: the interpreter's stdlib)")
	flag.BoolVar(&cfg.includeSite, "site", false, "also check site-packages")
	flag.IntVar(&cfg.mutants, "mutants", 0, "compare N randomly edited copies of each file instead (mostly syntax errors)")
	flag.Int64Var(&cfg.seed, "seed", 1, "seed of the -mutants edits")
	flag.BoolVar(&cfg.testSnips, "testsnippets", false, "compare the code snippets of CPython's own syntax tests instead")
	flag.BoolVar(&cfg.structure, "structure", false, "compare the trees without positions (to see structural differences alone)")
	flag.Parse()
	cfg.out = os.Stdout
	s, err := run(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdlibcheck:", err)
		os.Exit(2)
	}
	fmt.Println(s)
	if s.different > 0 || s.disagree > 0 {
		os.Exit(1)
	}
}
