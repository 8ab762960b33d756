package jitcore

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
	"jitlens/jitcore/compile"
	"jitlens/jitcore/pyfmt"
)

// Options configure one run of a Python program.
type Options struct {
	// Script is the path of the program; Args are sys.argv[1:].
	Script string
	Args   []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Setup, when set, is called with the VM before the program starts
	// (the profiler installs its sampler here).
	Setup func(vm *VM)
	// JIT configures the native tier; nil means on with the defaults.
	JIT *JITOptions
	// End, when set, receives how the run ended (end.go).
	End *EndKind
}

// Exit statuses besides the program's own.
const (
	ExitUnsupported = 2
	ExitInternal    = 70
	// ExitSIGINT means the program ended with an uncaught KeyboardInterrupt:
	// the command should kill itself with SIGINT, as CPython does.
	ExitSIGINT = -2
)

// NewVM creates an interpreter writing to the given streams.
func NewVM(stdin io.Reader, stdout, stderr io.Writer, argv []string) *VM {
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	// sys.set_int_max_str_digits is process-wide; each run starts from
	// CPython's default, whatever an earlier run in this process set.
	pyfmt.SetMaxStrDigits(pyfmt.DefaultMaxStrDigits)
	startGCPolicy() // gcpolicy.go
	vm := &VM{
		modules:        map[string]*Module{},
		stdout:         bufio.NewWriterSize(stdout, 8192),
		stdoutRaw:      stdout,
		stderr:         stderr,
		stdin:          bufio.NewReader(stdin),
		recursionLimit: 1000,
		argv:           argv,
		slab:           make([]Value, 1<<16),
	}
	for i := 0; i < 64; i++ {
		vm.framePool = append(vm.framePool, &Frame{})
	}
	vm.setupStreams()
	vm.setupBuiltins()
	vm.setupSys()
	vm.setupOS()
	return vm
}

// Run executes a Python program and returns its exit status.
func Run(opts Options) (status int) {
	var vm *VM
	if opts.End != nil {
		defer func() { *opts.End = endOfRun(vm) }() // runs after the recover below
	}
	path := opts.Script
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	src, err := os.ReadFile(opts.Script)
	if err != nil {
		fmt.Fprintf(opts.Stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", "python3", path)
		return 2
	}
	argv := append([]string{opts.Script}, opts.Args...)
	vm = NewVM(opts.Stdin, opts.Stdout, opts.Stderr, argv)
	vm.SetScriptPath(path) // sys.path[0]; the import system lives in import*.go
	vm.enableJIT(opts.JIT)
	vm.initSpecialization(opts.JIT)
	defer func() {
		if r := recover(); r != nil {
			vm.stdout.Flush()
			fmt.Fprintf(opts.Stderr, "jitlens: internal error: %v\n", r)
			if f := vm.frame; f != nil {
				fmt.Fprintf(opts.Stderr, "  while running File \"%s\", line %d, in %s\n", f.code.Filename, f.Line(), f.code.Name)
			}
			fmt.Fprintf(opts.Stderr, "%s", debug.Stack())
			status = ExitInternal
			vm.end = EndInternalError
		}
	}()
	if opts.Setup != nil {
		opts.Setup(vm)
	}
	if vm.Sample != nil {
		// samples of native code take this thread's instruction pointer
		// (jit_sample.go): the run stays on it
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		vm.startPCSampling()
	}
	return vm.RunMain(path, src)
}

// RunMain compiles and runs src as the __main__ module.
func (vm *VM) RunMain(path string, src []byte) int {
	vm.end = EndException // until the module runs, an error is a SyntaxError (end.go)
	mod, errs := syntax.Parse(path, src)
	if len(errs) > 0 {
		e := errs[0]
		if name, ok := strings.CutPrefix(e.Msg, "unknown encoding: "); ok && e.Pos.Lineno == 0 {
			// reading a script, CPython's tokenizer reports a bad coding
			// cookie without a location
			vm.stdout.Flush()
			fmt.Fprintf(vm.stderr, "SyntaxError: encoding problem: %s\n", name)
			return 1
		}
		vm.printSyntaxError(e.Kind, e.Msg, e.Filename, e.Pos.Lineno, e.Pos.ColOffset, e.Pos.EndLineno, e.Pos.EndColOffset, e.Text)
		return 1
	}
	code, err := compile.Module(mod, path, src)
	if err != nil {
		if ce, ok := err.(*compile.Error); ok {
			lines := strings.Split(string(src), "\n")
			text := ""
			if ce.Line >= 1 && ce.Line <= len(lines) {
				text = lines[ce.Line-1]
			}
			if strings.HasPrefix(ce.Msg, "jitlens does not support") {
				vm.stdout.Flush()
				fmt.Fprintf(vm.stderr, "jitlens: unsupported: %s (%s, line %d)\n", strings.TrimPrefix(ce.Msg, "jitlens does not support "), path, ce.Line)
				vm.end = EndUnsupported
				return ExitUnsupported
			}
			vm.printSyntaxError("SyntaxError", ce.Msg, path, ce.Line, ce.Col, ce.EndLine, ce.EndCol, text)
			return 1
		}
		fmt.Fprintf(vm.stderr, "jitlens: %v\n", err)
		return 1
	}
	globals := NewDict()
	globals.setStr("__name__", Str("__main__"))
	globals.setStr("__file__", Str(path))
	globals.setStr("__doc__", orNone(docValue(code.Docstring)))
	globals.setStr("__builtins__", Obj(&Module{name: "builtins", dict: vm.builtins}))
	globals.setStr("__spec__", None)
	globals.setStr("__package__", None)
	vm.modules["__main__"] = &Module{name: "__main__", dict: globals}
	f := &Frame{code: code, rt: vm.runtimeOf(code), globals: globals, locals: globals}
	f.s = make([]Value, len(code.VarNames)+code.StackSize)
	f.sp = len(code.VarNames)
	_, err = vm.runFrame(f)
	return vm.finish(err)
}

func docValue(d any) Value {
	if s, ok := d.(string); ok {
		return Str(s)
	}
	return Null
}

// finish flushes output and turns an uncaught exception into CPython's
// report and exit status.
func (vm *VM) finish(err error) int {
	vm.end = endOf(err)
	flushErr := vm.flushStdout()
	if err == nil {
		if flushErr != nil {
			return 120
		}
		return 0
	}
	if ue, ok := err.(*UnsupportedError); ok {
		line := 0
		if f := vm.frame; f != nil {
			line = f.Line()
		}
		if ue.Line == 0 {
			ue.Line = line
		}
		file := vm.mainFile
		if ue.File != "" { // set by the import system (import*.go)
			file = ue.File
		}
		fmt.Fprintf(vm.stderr, "jitlens: unsupported: %s (%s, line %d)\n", ue.Msg, file, ue.Line)
		return ExitUnsupported
	}
	exc := toException(err)
	if exc.cls.isSubtype(SystemExitType) {
		return vm.systemExit(exc)
	}
	vm.printException(vm.stderr, exc)
	if exc.cls.isSubtype(KeyboardInterruptType) {
		return ExitSIGINT
	}
	return 1
}

func (vm *VM) flushStdout() error {
	vm.flushOpenFiles()
	if fo, ok := vm.sysStdout().o.(*fileObj); ok {
		fo.flush()
	}
	return vm.stdout.Flush()
}

func (vm *VM) systemExit(exc *Exception) int {
	var code Value = None
	if len(exc.args) == 1 {
		code = exc.args[0]
	} else if len(exc.args) > 1 {
		code = NewTuple(exc.args...)
	}
	if code.IsNone() {
		return 0
	}
	if code.isIntLike() {
		b := intBase(code)
		if b.k == kInt {
			return int(int32(b.n)) & 0xff
		}
		return 255
	}
	s, err := vm.str(code)
	if err == nil {
		fmt.Fprintln(vm.stderr, s)
	}
	return 1
}

// printSyntaxError reports a syntax error as CPython does.
func (vm *VM) printSyntaxError(kind, msg, file string, line, col, endLine, endCol int, text string) {
	vm.stdout.Flush()
	var sb strings.Builder
	sb.WriteString(sprintf("  File \"%s\", line %d\n", file, line))
	text = strings.TrimRight(text, "\r\n")
	if text != "" {
		stripped := strings.TrimLeft(text, " \t\f")
		lead := len(text) - len(stripped)
		sb.WriteString("    " + strings.TrimRight(stripped, " \t") + "\n")
		start := charCol(text, col) - charCol(text, lead)
		width := 1
		if endLine == line && endCol > col {
			width = charCol(text, endCol) - charCol(text, col)
		} else if endLine > line {
			width = utf8Len(text) - charCol(text, col)
		}
		if width < 1 {
			width = 1
		}
		if start < 0 {
			start = 0
		}
		sb.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", width) + "\n")
	}
	sb.WriteString(kind + ": " + msg + "\n")
	io.WriteString(vm.stderr, sb.String())
}

func utf8Len(s string) int { return len([]rune(s)) }

// execEval implements exec() and eval() of source strings.
func (vm *VM) execEval(args []Value, kw []string, isEval bool) (Value, error) {
	name := "exec"
	if isEval {
		name = "eval"
	}
	if isEval {
		// eval's parameters are all positional-only and it takes no keywords
		if err := exactArgs(name, args, kw, 1, 3); err != nil {
			return Null, err
		}
	}
	vals, err := parseArgs(name, args, kw, []string{"source", "globals", "locals", "/"}, 1)
	if err != nil {
		return Null, err
	}
	src, ok := asStr(vals[0])
	if !ok {
		if c, ok := vals[0].o.(*codeObj); ok && vals[0].k == kObj {
			r, err := vm.runCode(c, vals[1], vals[2])
			if err != nil || isEval {
				return r, err
			}
			return None, nil
		}
		return Null, typeErrorf("%s() arg 1 must be a string, bytes or code object", name)
	}
	code, err := vm.compileSource(src, "<string>", map[bool]string{true: "eval", false: "exec"}[isEval])
	if err != nil {
		return Null, err
	}
	r, err := vm.runCode(code, vals[1], vals[2])
	if err != nil || isEval {
		return r, err
	}
	return None, nil
}

func (vm *VM) runCode(c *codeObj, g, l Value) (Value, error) {
	globals := vm.frame.globals
	var locals *Dict
	if g.k != kNull && !g.IsNone() {
		d, ok := asDict(g)
		if !ok {
			return Null, typeErrorf("globals must be a dict")
		}
		globals = d
		locals = d
	} else {
		locals = vm.frameLocals(vm.frame)
	}
	if l.k != kNull && !l.IsNone() {
		d, ok := asDict(l)
		if !ok {
			return Null, typeErrorf("locals must be a mapping")
		}
		locals = d
	}
	if _, ok := globals.getStr("__builtins__"); !ok {
		globals.setStr("__builtins__", Obj(&Module{name: "builtins", dict: vm.builtins}))
	}
	f := &Frame{code: c.code, rt: vm.runtimeOf(c.code), globals: globals, locals: locals}
	f.s = make([]Value, len(c.code.VarNames)+c.code.StackSize)
	f.sp = len(c.code.VarNames)
	return vm.runFrame(f)
}

// compileSource compiles source text for exec ("exec") or eval ("eval").
func (vm *VM) compileSource(src, filename, modeName string) (*codeObj, error) {
	isEval := modeName == "eval"
	if isEval {
		src = strings.TrimLeft(src, " \t")
	}
	mode := syntax.ModeExec
	if isEval {
		mode = syntax.ModeEval
	}
	root, errs := syntax.ParseMode(filename, []byte(src), mode)
	if len(errs) > 0 {
		e := errs[0]
		exc := newExc(excTypeByName(e.Kind), e.Msg)
		exc.args = []Value{Str(e.Msg), NewTuple(Str(filename), Int(int64(e.Pos.Lineno)), Int(int64(e.Pos.ColOffset+1)), Str(e.Text))}
		exc.dict = NewDict()
		exc.dict.setStr("msg", Str(e.Msg))
		exc.dict.setStr("filename", Str(filename))
		exc.dict.setStr("lineno", Int(int64(e.Pos.Lineno)))
		exc.dict.setStr("offset", Int(int64(e.Pos.ColOffset+1)))
		exc.dict.setStr("text", Str(e.Text))
		return nil, exc
	}
	var c *bc.Code
	var err error
	if isEval {
		c, err = compile.Eval(root.(*syntax.Expression).Body, filename, []byte(src))
	} else {
		c, err = compile.Module(root.(*syntax.Module), filename, []byte(src))
	}
	if err != nil {
		if ce, ok := err.(*compile.Error); ok {
			exc := newExc(SyntaxErrorType, ce.Msg)
			exc.args = []Value{Str(ce.Msg), NewTuple(Str(filename), Int(int64(ce.Line)), Int(int64(ce.Col+1)), None)}
			exc.dict = NewDict()
			exc.dict.setStr("msg", Str(ce.Msg))
			exc.dict.setStr("filename", Str(filename))
			exc.dict.setStr("lineno", Int(int64(ce.Line)))
			return nil, exc
		}
		return nil, err
	}
	return &codeObj{code: c}, nil
}

func builtinCompile(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3)
	if err != nil {
		return Null, err
	}
	src, ok := asStr(vals[0])
	if !ok {
		return Null, typeErrorf("compile() arg 1 must be a string, bytes or AST object")
	}
	filename, _ := asStr(vals[1])
	mode, _ := asStr(vals[2])
	if mode != "exec" && mode != "eval" && mode != "single" {
		return Null, newValueError("compile() mode must be 'exec', 'eval' or 'single'")
	}
	if mode == "single" {
		mode = "exec"
	}
	c, err := vm.compileSource(src, filename, mode)
	if err != nil {
		return Null, err
	}
	if mode == "eval" {
		c.eval = true
	}
	return Obj(c), nil
}
