package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"

	"jitlens/server"
)

func init() {
	register(&command{
		name:  "serve",
		usage: "[--listen 127.0.0.1:PORT] [--profiler BINARY]  run the language server (stdio by default)",
		run:   runServe,
	})
}

// stdio joins stdin and stdout into the server's connection.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return os.Stdin.Close() }

// runServe runs the language server over stdio, or over one TCP connection
// on a loopback address for debugging. Logs go to stderr (and to the
// client), never to stdout.
func runServe(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	listen := flags.String("listen", "", "serve one client over TCP at this loopback address (127.0.0.1:PORT) instead of stdio")
	profiler := flags.String("profiler", "", "the jitlens binary that profiles (default: this one)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: jitlens serve [--listen 127.0.0.1:PORT] [--profiler BINARY]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() != 0 {
		flags.Usage()
		return 2
	}
	opts := server.Options{Profiler: *profiler, Log: stderr}
	if *listen == "" {
		return server.New(opts).Serve(context.Background(), stdio{os.Stdin, stdout})
	}
	host, _, err := net.SplitHostPort(*listen)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens serve: --listen %q: %v\n", *listen, err)
		return 2
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(stderr, "jitlens serve: --listen must be a loopback address, not %q\n", host)
		return 2
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintf(stderr, "jitlens serve: %v\n", err)
		return 1
	}
	defer ln.Close()
	fmt.Fprintf(stderr, "jitlens serve: listening on %s\n", ln.Addr())
	conn, err := ln.Accept()
	if err != nil {
		fmt.Fprintf(stderr, "jitlens serve: %v\n", err)
		return 1
	}
	ln.Close()
	return server.New(opts).Serve(context.Background(), conn)
}
