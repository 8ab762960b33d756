package main

import (
	"flag"
	"io"
	"os"
	"os/signal"
	"syscall"

	"jitlens/jitcore"
)

func init() {
	register(&command{
		name:  "run",
		usage: "[--no-jit] [--jit-threshold N] [--jit-report] [--jit-report-json FILE] SCRIPT [ARGS...]  run a Python program as python3 would",
		run:   runCommand,
	})
}

// runCommand executes a Python script; Ctrl-C raises KeyboardInterrupt in
// the program instead of killing jitlens.
func runCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jitFlags := addJITFlags(fs, true)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	args = fs.Args()
	if len(args) == 0 {
		io.WriteString(stderr, "usage: jitlens run [--no-jit] [--jit-threshold N] [--jit-report] [--jit-report-json FILE] SCRIPT [ARGS...]\n")
		return 2
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	status := jitcore.Run(jitcore.Options{
		Script: args[0],
		Args:   args[1:],
		Stdin:  os.Stdin,
		Stdout: stdout,
		Stderr: stderr,
		JIT:    jitFlags.options(),
		Setup: func(vm *jitcore.VM) {
			go func() {
				for range sigs {
					vm.Interrupt()
				}
			}()
		},
	})
	jitFlags.printReport(stderr)
	if status == jitcore.ExitSIGINT {
		// die from SIGINT as CPython does after an uncaught KeyboardInterrupt
		signal.Stop(sigs)
		signal.Reset(os.Interrupt)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		return 130
	}
	return status
}
