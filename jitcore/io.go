package jitcore

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

func (f *fileObj) close() error {
	if f.closed || f.std {
		f.flush()
		return nil
	}
	f.closed = true
	if f.f != nil {
		if f.buf != nil {
			blocked := f.vm.enterBlocking(BlockIO) // the buffered writes reach the file here
			_, err := f.f.WriteString(f.buf.String())
			f.vm.leaveBlocking(blocked)
			if err != nil {
				return newExc(OSErrorType, err.Error())
			}
		}
		return f.f.Close()
	}
	return nil
}

func osError(err error, name string) error {
	var pe *fs.PathError
	errno := syscall.Errno(0)
	if errors.As(err, &pe) {
		if e, ok := pe.Err.(syscall.Errno); ok {
			errno = e
		}
	}
	t := OSErrorType
	switch errno {
	case syscall.ENOENT:
		t = FileNotFoundErrorType
	case syscall.EEXIST:
		t = FileExistsErrorType
	case syscall.EISDIR:
		t = IsADirectoryErrorType
	case syscall.ENOTDIR:
		t = NotADirectoryErrorType
	case syscall.EACCES, syscall.EPERM:
		t = PermissionErrorType
	}
	msg := errno.Error()
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e := &Exception{cls: t, args: []Value{Int(int64(errno)), Str(msg)}, dict: NewDict()}
	e.dict.setStr("errno", Int(int64(errno)))
	e.dict.setStr("strerror", Str(msg))
	e.dict.setStr("filename", Str(name))
	return e
}

func builtinOpen(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline"}, 1)
	if err != nil {
		return Null, err
	}
	name, ok := asStr(vals[0])
	if !ok {
		return Null, typeErrorf("expected str, bytes or os.PathLike object, not %s", vals[0].Type().Name)
	}
	mode := "r"
	if vals[1].k != kNull {
		mode, _ = asStr(vals[1])
	}
	f := &fileObj{name: name, mode: mode, binary: strings.Contains(mode, "b"), vm: vm}
	switch {
	case strings.ContainsAny(mode, "wax"):
		flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if strings.Contains(mode, "a") {
			flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		}
		if strings.Contains(mode, "x") {
			flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		}
		blocked := vm.enterBlocking(BlockIO)
		fh, err := os.OpenFile(name, flag, 0o666)
		vm.leaveBlocking(blocked)
		if err != nil {
			return Null, osError(err, name)
		}
		f.f = fh
		f.buf = &strings.Builder{}
		f.w = f.buf
	default:
		blocked := vm.enterBlocking(BlockIO)
		data, err := os.ReadFile(name)
		vm.leaveBlocking(blocked)
		if err != nil {
			return Null, osError(err, name)
		}
		text := string(data)
		if !f.binary {
			text = strings.ReplaceAll(text, "\r\n", "\n")
		}
		f.r = strings.NewReader(text)
	}
	return Obj(f), nil
}

func (vm *VM) sysStdout() Value {
	if vm.sysModule != nil {
		if v, ok := vm.sysModule.dict.getStr("stdout"); ok {
			return v
		}
	}
	return vm.stdoutObj
}

func (vm *VM) sysStderr() Value {
	if vm.sysModule != nil {
		if v, ok := vm.sysModule.dict.getStr("stderr"); ok {
			return v
		}
	}
	return vm.stderrObj
}

func (vm *VM) setupStreams() {
	vm.stdoutObj = Obj(&fileObj{name: "<stdout>", mode: "w", w: vm.stdout, std: true, flushFn: func() { vm.stdout.Flush() }})
	vm.stderrObj = Obj(&fileObj{name: "<stderr>", mode: "w", w: vm.stderr, std: true})
	vm.stdinObj = Obj(&fileObj{name: "<stdin>", mode: "r", std: true, r: vm.stdin})
}

var _ = bufio.NewReader
