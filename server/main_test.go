package server

import (
	"context"
	"io"
	"os"
	"testing"
)

// serveStdioEnv, when set, makes the test binary a language server on
// stdio (for the Node client test), whose profiler is the fake one.
const serveStdioEnv = "JITLENS_TEST_SERVE_STDIO"

func TestMain(m *testing.M) {
	if os.Getenv(serveStdioEnv) != "" {
		os.Unsetenv(serveStdioEnv)
		os.Exit(serveStdioMain())
	}
	if os.Getenv(fakeProfilerEnv) != "" {
		os.Exit(fakeProfilerMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

type stdioConn struct {
	io.Reader
	io.Writer
}

func (stdioConn) Close() error { return os.Stdin.Close() }

func serveStdioMain() int {
	exe, err := os.Executable()
	if err != nil {
		return 2
	}
	return New(Options{Profiler: exe, ProfilerEnv: []string{fakeProfilerEnv + "=1"}}).Serve(context.Background(), stdioConn{os.Stdin, os.Stdout})
}
