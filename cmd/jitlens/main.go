// Command jitlens runs, profiles and explains Python programs.
//
// Each subcommand lives in a file of its own and registers itself in init,
// so that the subcommands stay independent of each other.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
)

// command is one subcommand of jitlens.
type command struct {
	name  string
	usage string // one line: arguments and what it does
	// run executes the subcommand with the arguments after its name and
	// returns the process exit status.
	run func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]*command{}

// register adds a subcommand; it is called from the init of each command file.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("jitlens: subcommand registered twice: " + c.name)
	}
	commands[c.name] = c
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: jitlens COMMAND [ARGS...]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].usage)
	}
}

func main() {
	stop := startGoProfile(os.Getenv("JITLENS_GO_CPUPROFILE"))
	code := mainExit(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// startGoProfile profiles jitlens itself (its Go code, not the Python
// script) into path when it is set: for developers asking where the
// engine spends its time. It returns the function that ends the profile.
func startGoProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "jitlens: JITLENS_GO_CPUPROFILE: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "jitlens: JITLENS_GO_CPUPROFILE: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// mainExit dispatches to a subcommand and returns the exit status.
func mainExit(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "jitlens: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdout, stderr)
}
