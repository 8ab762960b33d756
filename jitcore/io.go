package jitcore

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"jitlens/jitcore/pystr"
)

// Files as CPython's io stack presents them: open() in binary mode gives a
// BufferedReader, BufferedWriter or BufferedRandom; in text mode a
// TextIOWrapper that encodes, decodes and translates newlines over the same
// buffered bytes. The standard streams are TextIOWrappers too.

type fileKind int8

const (
	textFile fileKind = iota
	bufferedReader
	bufferedWriter
	bufferedRandom
)

// The Python types of files.
var (
	bufferedReaderType = newFileType("_io.BufferedReader")
	bufferedWriterType = newFileType("_io.BufferedWriter")
	bufferedRandomType = newFileType("_io.BufferedRandom")
)

// newFileType makes a file type; like FileType, its name carries the
// module, as CPython's tp_name does in messages and reprs.
func newFileType(name string) *Type { return newBuiltinType(name, ObjectType) }

// fileWriteChunk is when pending writes go to the OS (CPython's buffer size).
const fileWriteChunk = 8192

// byteStream is the buffered bytes under a file, shared by a text file and
// its buffer attribute.
type byteStream struct {
	fh  *os.File      // a file opened by open()
	in  *bufio.Reader // stdin
	out io.Writer     // stdout, stderr
	// pos is the OS file position; rbuf[rpos:] was read ahead of it and
	// wbuf is waiting to be written at it.
	pos  int64
	rbuf []byte
	rpos int
	wbuf []byte
}

// fileObj is an open file or one of the standard streams.
type fileObj struct {
	*byteStream
	vm       *VM
	kind     fileKind
	name     Value
	mode     string
	flushFn  func()
	std      bool
	readable bool
	writable bool
	closed   bool
	closefd  bool
	buffer   *fileObj // the binary view of a text file

	// text
	encoding string // as given (the encoding attribute)
	codec    string
	rcodec   string // the decoder's codec once a BOM has chosen the byte order
	errors   string
	newline  string // "" with translate or universal, or a fixed ending
	nlNone   bool   // newline=None: universal reading, translated writing
	tbuf     []rune // decoded characters not yet read
	toff     []int64
	tpos     int
	seenNL   int // newline kinds seen: 1 "\n", 2 "\r", 4 "\r\n"
	noTell   bool
	atStart  bool // nothing written yet (a BOM is due)
	lineBuf  bool
	inputEOF bool
}

func (f *fileObj) pyType() *Type {
	switch f.kind {
	case bufferedReader:
		return bufferedReaderType
	case bufferedWriter:
		return bufferedWriterType
	case bufferedRandom:
		return bufferedRandomType
	}
	return FileType
}

func (f *fileObj) binary() bool { return f.kind != textFile }

func errClosedFile() error { return newValueError("I/O operation on closed file.") }

func errUnsupported(msg string) error { return newExc(UnsupportedOperationType, msg) }

// checkRead reports the error a read on f raises, if any.
func (f *fileObj) checkRead() error {
	if f.binary() {
		if !f.readable {
			return errUnsupported("read")
		}
		if f.closed {
			return newValueError("read of closed file")
		}
		return nil
	}
	if f.closed {
		return errClosedFile()
	}
	if !f.readable {
		return errUnsupported("not readable")
	}
	return nil
}

func (f *fileObj) checkWrite() error {
	if f.binary() {
		if f.closed {
			return newValueError("write to closed file")
		}
		if !f.writable {
			return errUnsupported("write")
		}
		return nil
	}
	if f.closed {
		return errClosedFile()
	}
	if !f.writable {
		return errUnsupported("not writable")
	}
	return nil
}

func (f *fileObj) ioError(err error) error {
	if err == nil {
		return nil
	}
	return osErrorValue(err, f.name)
}

// flushBytes writes the pending bytes to the OS.
func (f *fileObj) flushBytes() error {
	if f.fh == nil || len(f.wbuf) == 0 {
		return nil
	}
	blocked := f.vm.enterBlocking(BlockIO)
	n, err := f.fh.Write(f.wbuf)
	f.vm.leaveBlocking(blocked)
	f.pos += int64(n)
	f.wbuf = f.wbuf[:0]
	delete(f.vm.openFiles, f)
	if err != nil {
		return f.ioError(err)
	}
	if strings.Contains(f.mode, "a") { // O_APPEND wrote at the end
		if p, err := f.fh.Seek(0, io.SeekCurrent); err == nil {
			f.pos = p
		}
	}
	return nil
}

// dropReadAhead moves the OS position back over bytes read ahead but not
// used, so that a write or seek happens where the program thinks it is.
func (f *fileObj) dropReadAhead() error {
	if unread := len(f.rbuf) - f.rpos; unread > 0 && f.fh != nil {
		p, err := f.fh.Seek(-int64(unread), io.SeekCurrent)
		if err != nil {
			return f.ioError(err)
		}
		f.pos = p
	}
	f.rbuf, f.rpos = nil, 0
	return nil
}

// writeBytes queues b for writing at the current position.
func (f *fileObj) writeBytes(b []byte) error {
	if f.out != nil {
		_, err := f.out.Write(b)
		if err != nil {
			return newExc(OSErrorType, err.Error())
		}
		return nil
	}
	if err := f.dropReadAhead(); err != nil {
		return err
	}
	if len(f.wbuf) == 0 && len(b) >= fileWriteChunk {
		// A large write goes straight to the OS, as CPython's buffered
		// writer does: copying it through the buffer is time for nothing.
		// The buffer only borrows b for the call.
		f.wbuf = b
		err := f.flushBytes()
		f.wbuf = nil
		return err
	}
	f.wbuf = append(f.wbuf, b...)
	f.vm.pendingFile(f)
	if len(f.wbuf) >= fileWriteChunk {
		return f.flushBytes()
	}
	return nil
}

// fill reads more bytes ahead; it reports false at end of file.
func (f *fileObj) fill(all bool) (bool, error) {
	if err := f.flushBytes(); err != nil {
		return false, err
	}
	var chunk []byte
	var err error
	blocked := f.vm.enterBlocking(BlockIO)
	switch {
	case f.in != nil && all:
		chunk, err = io.ReadAll(f.in)
	case f.in != nil:
		chunk, err = f.in.ReadBytes('\n')
		if err == io.EOF {
			err = nil
		}
	case f.fh != nil:
		if all {
			chunk, err = io.ReadAll(f.fh)
		} else {
			buf := make([]byte, fileWriteChunk)
			var n int
			n, err = f.fh.Read(buf)
			chunk = buf[:n]
			if err == io.EOF {
				err = nil
			}
		}
	}
	f.vm.leaveBlocking(blocked)
	if err != nil {
		return false, f.ioError(err)
	}
	f.pos += int64(len(chunk))
	if f.rpos < len(f.rbuf) {
		f.rbuf = append(f.rbuf[f.rpos:], chunk...)
	} else {
		f.rbuf = chunk
	}
	f.rpos = 0
	return len(chunk) > 0, nil
}

// readBytes reads up to n bytes (all of the rest when n < 0).
func (f *fileObj) readBytes(n int) ([]byte, error) {
	if n >= fileWriteChunk && f.rpos == len(f.rbuf) && f.fh != nil && f.in == nil {
		return f.readDirect(n)
	}
	for n < 0 || len(f.rbuf)-f.rpos < n {
		more, err := f.fill(n < 0)
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	avail := len(f.rbuf) - f.rpos
	if n < 0 || n > avail {
		n = avail
	}
	out := append([]byte(nil), f.rbuf[f.rpos:f.rpos+n]...)
	f.rpos += n
	return out, nil
}

// readDirect reads up to n bytes straight from the OS into the result, as
// CPython's buffered reader does for a large read with nothing buffered.
// It stops early only at the end of the file.
func (f *fileObj) readDirect(n int) ([]byte, error) {
	if err := f.flushBytes(); err != nil {
		return nil, err
	}
	out := make([]byte, n)
	got := 0
	var err error
	blocked := f.vm.enterBlocking(BlockIO)
	for got < n && err == nil {
		var m int
		m, err = f.fh.Read(out[got:])
		got += m
	}
	f.vm.leaveBlocking(blocked)
	f.pos += int64(got)
	f.rbuf, f.rpos = nil, 0
	if err != nil && err != io.EOF {
		return nil, f.ioError(err)
	}
	return out[:got], nil
}

// readLineBytes reads through the next b'\n' (at most limit bytes when
// limit >= 0).
func (f *fileObj) readLineBytes(limit int) ([]byte, error) {
	for {
		rest := f.rbuf[f.rpos:]
		if i := strings.IndexByte(string(rest), '\n'); i >= 0 || (limit >= 0 && len(rest) >= limit) {
			n := len(rest)
			if i >= 0 {
				n = i + 1
			}
			if limit >= 0 && n > limit {
				n = limit
			}
			return f.readBytes(n)
		}
		more, err := f.fill(false)
		if err != nil {
			return nil, err
		}
		if !more {
			return f.readBytes(-1)
		}
	}
}

// tellBytes is the position the program sees.
func (f *fileObj) tellBytes() int64 {
	return f.pos - int64(len(f.rbuf)-f.rpos) + int64(len(f.wbuf))
}

func (f *fileObj) seekBytes(off int64, whence int) (int64, error) {
	if err := f.flushBytes(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent {
		off -= int64(len(f.rbuf) - f.rpos)
	}
	f.rbuf, f.rpos = nil, 0
	if f.fh == nil {
		return 0, errUnsupported("underlying stream is not seekable")
	}
	p, err := f.fh.Seek(off, whence)
	if err != nil {
		if errors.Is(err, syscall.EINVAL) {
			return 0, newValueError(sprintf("negative seek position %d", off))
		}
		return 0, f.ioError(err)
	}
	f.pos = p
	return p, nil
}

// --- text layer ---

// charWidth is how many bytes code point r took in the file (for tell).
func (f *fileObj) charWidth(r rune) int64 {
	switch f.codec {
	case codecUTF8, codecUTF8Sig:
		if r >= 0xDC80 && r <= 0xDCFF && f.errors == "surrogateescape" {
			return 1
		}
		return int64(len(pystr.EncodeRune(r)))
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		if r >= 0x10000 {
			return 4
		}
		return 2
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		return 4
	}
	return 1
}

// fillText decodes more of the file into tbuf; it reports false at the end.
func (f *fileObj) fillText(all bool) (bool, error) {
	start := f.tellBytes()
	var raw []byte
	var err error
	final := true
	switch {
	case f.in != nil && !all:
		raw, err = f.readLineBytes(-1)
	case all:
		raw, err = f.readBytes(-1)
	default: // CPython's TextIOWrapper decodes 8 KiB at a time
		raw, err = f.readBytes(fileWriteChunk)
		final = len(raw) < fileWriteChunk
	}
	if err != nil || len(raw) == 0 {
		return false, err
	}
	skip := 0
	if start == 0 || f.rcodec == "" {
		f.rcodec = f.codec
		switch {
		case f.codec == codecUTF16:
			f.rcodec = codecUTF16LE
			if start == 0 && len(raw) >= 2 && raw[0] == 0xfe && raw[1] == 0xff {
				f.rcodec, skip = codecUTF16BE, 2
			} else if start == 0 && len(raw) >= 2 && raw[0] == 0xff && raw[1] == 0xfe {
				skip = 2
			}
		case f.codec == codecUTF32:
			f.rcodec = codecUTF32LE
			if start == 0 && len(raw) >= 4 && raw[0] == 0 && raw[1] == 0 && raw[2] == 0xfe && raw[3] == 0xff {
				f.rcodec, skip = codecUTF32BE, 4
			} else if start == 0 && len(raw) >= 4 && raw[0] == 0xff && raw[1] == 0xfe && raw[2] == 0 && raw[3] == 0 {
				skip = 4
			}
		case f.codec == codecUTF8Sig:
			f.rcodec = codecUTF8
			if start == 0 && len(raw) >= 3 && raw[0] == 0xef && raw[1] == 0xbb && raw[2] == 0xbf {
				skip = 3
			}
		}
	}
	s, used, err := decodeStream(raw[skip:], f.rcodec, f.errors, final)
	if err != nil {
		return false, err
	}
	rs := pystr.Runes(s)
	// an incomplete sequence waits for the next chunk, and so does a '\r'
	// that may start "\r\n"
	back := len(raw) - skip - used
	if !final && len(rs) > 0 && rs[len(rs)-1] == '\r' {
		rs = rs[:len(rs)-1]
		back += int(f.charWidth('\r'))
	}
	f.rpos -= back
	if len(rs) == 0 && !final {
		return f.fillText(true)
	}
	off := start + int64(skip)
	tb := f.tbuf[f.tpos:]
	to := f.toff[f.tpos:]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		w := f.charWidth(r)
		switch {
		case r == '\r' && i+1 < len(rs) && rs[i+1] == '\n':
			f.seenNL |= 4
			if f.nlNone {
				tb, to = append(tb, '\n'), append(to, off)
				off += w + f.charWidth('\n')
				i++
				continue
			}
		case r == '\r':
			f.seenNL |= 2
			if f.nlNone {
				r = '\n'
			}
		case r == '\n':
			f.seenNL |= 1
		}
		tb, to = append(tb, r), append(to, off)
		off += w
	}
	f.tbuf, f.toff, f.tpos = tb, to, 0
	return true, nil
}

// lineEnd returns the index just past the line starting at tbuf[tpos], or
// -1 when tbuf holds no complete line.
func (f *fileObj) lineEnd() int {
	for i := f.tpos; i < len(f.tbuf); i++ {
		c := f.tbuf[i]
		switch {
		case f.nlNone || f.newline == "\n":
			if c == '\n' {
				return i + 1
			}
		case f.newline == "":
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < len(f.tbuf) {
					if f.tbuf[i+1] == '\n' {
						return i + 2
					}
					return i + 1
				}
				if f.inputEOF {
					return i + 1
				}
				return -1
			}
		case f.newline == "\r":
			if c == '\r' {
				return i + 1
			}
		case f.newline == "\r\n":
			if c == '\r' && i+1 < len(f.tbuf) && f.tbuf[i+1] == '\n' {
				return i + 2
			}
		}
	}
	return -1
}

func (f *fileObj) takeText(n int) string {
	s := pystr.FromRunes(f.tbuf[f.tpos : f.tpos+n])
	f.tpos += n
	return s
}

func (f *fileObj) readText(n int) (string, error) {
	if err := f.checkRead(); err != nil {
		return "", err
	}
	for n < 0 || len(f.tbuf)-f.tpos < n {
		more, err := f.fillText(n < 0)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	avail := len(f.tbuf) - f.tpos
	if n < 0 || n > avail {
		n = avail
	}
	return f.takeText(n), nil
}

func (f *fileObj) readLineText(limit int) (string, error) {
	if err := f.checkRead(); err != nil {
		return "", err
	}
	for {
		end := f.lineEnd()
		avail := len(f.tbuf) - f.tpos
		if end >= 0 || (limit >= 0 && avail >= limit) {
			n := avail
			if end >= 0 {
				n = end - f.tpos
			}
			if limit >= 0 && n > limit {
				n = limit
			}
			return f.takeText(n), nil
		}
		more, err := f.fillText(false)
		if err != nil {
			return "", err
		}
		if !more {
			f.inputEOF = true
			if end := f.lineEnd(); end >= 0 {
				return f.takeText(end - f.tpos), nil
			}
			f.inputEOF = false
			return f.takeText(len(f.tbuf) - f.tpos), nil
		}
	}
}

func (f *fileObj) tellText() (int64, error) {
	if f.noTell {
		return 0, newExc(OSErrorType, "telling position disabled by next() call")
	}
	if f.tpos < len(f.tbuf) {
		return f.toff[f.tpos], nil
	}
	return f.tellBytes(), nil
}

// writeText encodes s (after newline translation) and queues it.
func (f *fileObj) writeText(s string) error {
	if f.tpos < len(f.tbuf) || len(f.tbuf) > 0 {
		f.tbuf, f.toff, f.tpos = nil, nil, 0
	}
	if !f.nlNone && (f.newline == "\r" || f.newline == "\r\n") {
		s = strings.ReplaceAll(s, "\n", f.newline)
	}
	if f.out != nil && f.codec == codecUTF8 && utf8.ValidString(s) { // the standard streams' usual case
		if _, err := io.WriteString(f.out, s); err != nil {
			return newExc(OSErrorType, err.Error())
		}
		if f.lineBuf && strings.ContainsAny(s, "\n\r") {
			f.flush()
		}
		return nil
	}
	withBOM := false
	if f.atStart {
		f.atStart = false
		withBOM = f.tellBytes() == 0
	}
	codec := f.codec
	if !withBOM {
		switch codec {
		case codecUTF16:
			codec = codecUTF16LE
		case codecUTF32:
			codec = codecUTF32LE
		}
	}
	b, err := encodeString(s, codec, f.errors, withBOM)
	if err != nil {
		return err
	}
	if err := f.writeBytes(b); err != nil {
		return err
	}
	if f.lineBuf && strings.ContainsAny(s, "\n\r") {
		f.flush()
	}
	return nil
}

// write is print()'s way in: str to a text file.
func (f *fileObj) write(vm *VM, s string) error {
	if err := f.checkWrite(); err != nil {
		return err
	}
	if f.binary() {
		return typeErrorf("a bytes-like object is required, not 'str'")
	}
	return f.writeText(s)
}

func (f *fileObj) flush() {
	f.flushBytes()
	if f.flushFn != nil {
		f.flushFn()
	}
}

func (f *fileObj) close() error {
	if f.std {
		f.flush()
		return nil
	}
	if f.closed {
		return nil
	}
	err := f.flushBytes()
	f.closed = true
	if f.buffer != nil {
		f.buffer.closed = true
	}
	f.vm.forgetFile(f)
	if f.fh != nil && f.closefd {
		if cerr := f.fh.Close(); err == nil && cerr != nil {
			err = f.ioError(cerr)
		}
	}
	return err
}

// next reads the next line (file iteration).
func (f *fileObj) next(vm *VM) (Value, bool, error) {
	if f.closed && !f.binary() {
		return Null, false, errClosedFile()
	}
	if f.binary() {
		if err := f.checkRead(); err != nil {
			return Null, false, err
		}
		b, err := f.readLineBytes(-1)
		if err != nil || len(b) == 0 {
			return Null, false, err
		}
		return Obj(&Bytes{b: b}), true, nil
	}
	f.noTell = true
	s, err := f.readLineText(-1)
	if err != nil {
		return Null, false, err
	}
	if s == "" {
		f.noTell = false
		return Null, false, nil
	}
	return Str(s), true, nil
}

// forgetFile drops a closed file from the files with pending writes.
func (vm *VM) forgetFile(f *fileObj) {
	delete(vm.openFiles, f)
}

// pendingFile records a file holding buffered writes. Only such files are
// kept: one the program dropped is then closed by the garbage collector
// with nothing lost.
func (vm *VM) pendingFile(f *fileObj) {
	if vm.openFiles == nil {
		vm.openFiles = map[*fileObj]bool{}
	}
	vm.openFiles[f] = true
}

// flushOpenFiles writes what files left open still buffer, as CPython
// does when it frees them: before another open() and at exit.
func (vm *VM) flushOpenFiles() {
	for f := range vm.openFiles {
		f.flushBytes()
	}
}

// osError turns a Go error about the file name into the OSError subclass
// CPython raises.
func osError(err error, name string) error {
	if name == "" {
		return osErrorValue(err, Null)
	}
	return osErrorValue(err, Str(name))
}

// osErrorValue is osError with the filename as a Python value (Null for
// none).
func osErrorValue(err error, name Value) error {
	var pe *fs.PathError
	errno := syscall.Errno(0)
	if errors.As(err, &pe) {
		if e, ok := pe.Err.(syscall.Errno); ok {
			errno = e
		}
	} else if e, ok := err.(syscall.Errno); ok {
		errno = e
	}
	if errno == 0 {
		return newExc(OSErrorType, err.Error())
	}
	msg := errno.Error()
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e := &Exception{cls: osErrorClass(OSErrorType, int64(errno)), args: []Value{Int(int64(errno)), Str(msg)}, dict: NewDict()}
	if name.k != kNull {
		e.dict.setStr("filename", name)
	}
	return e
}

// osErrorClass is the OSError subclass CPython picks for an errno.
func osErrorClass(t *Type, errno int64) *Type {
	if t != OSErrorType {
		return t
	}
	switch syscall.Errno(errno) {
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return t
}

// initOSError applies OSError(errno, strerror[, filename[, winerror[,
// filename2]]]): the filenames leave args, and a known errno picks the
// subclass.
func initOSError(e *Exception) {
	n := len(e.args)
	if n < 2 || n > 5 {
		return
	}
	if e.dict == nil {
		e.dict = NewDict()
	}
	if n >= 3 {
		e.dict.setStr("filename", e.args[2])
	}
	if n == 5 {
		e.dict.setStr("filename2", e.args[4])
	}
	if e.args[0].isIntLike() {
		e.cls = osErrorClass(e.cls, intBase(e.args[0]).n)
	}
	e.args = e.args[:2]
}

// osErrorAttr is errno, strerror, filename or filename2 of an OSError.
func osErrorAttr(e *Exception, name string) Value {
	if e.dict != nil {
		if v, ok := e.dict.getStr(name); ok {
			return v
		}
	}
	if len(e.args) >= 2 && len(e.args) <= 5 {
		switch name {
		case "errno":
			return e.args[0]
		case "strerror":
			return e.args[1]
		}
	}
	return None
}

// osErrorStr is str() of an OSError with an errno and strerror.
func (vm *VM) osErrorStr(e *Exception) (string, bool, error) {
	if len(e.args) != 2 {
		return "", false, nil
	}
	errno, strerror := osErrorAttr(e, "errno"), osErrorAttr(e, "strerror")
	fn, fn2 := osErrorAttr(e, "filename"), osErrorAttr(e, "filename2")
	a, err := vm.str(errno)
	if err != nil {
		return "", true, err
	}
	b, err := vm.str(strerror)
	if err != nil {
		return "", true, err
	}
	s := "[Errno " + a + "] " + b
	if !fn.IsNone() {
		r, err := vm.repr(fn)
		if err != nil {
			return "", true, err
		}
		s += ": " + r
		if !fn2.IsNone() {
			r2, err := vm.repr(fn2)
			if err != nil {
				return "", true, err
			}
			s += " -> " + r2
		}
	}
	return s, true, nil
}

// parseOpenMode checks open()'s mode like CPython and returns the flags.
func parseOpenMode(mode string) (read, write, appendMode, create, plus, binary bool, err error) {
	seen := map[rune]bool{}
	text := false
	for _, c := range mode {
		if !strings.ContainsRune("rwaxbt+", c) || seen[c] {
			return false, false, false, false, false, false, newValueError("invalid mode: " + pystr.Repr(mode))
		}
		seen[c] = true
		switch c {
		case 'r':
			read = true
		case 'w':
			write = true
		case 'a':
			appendMode = true
		case 'x':
			create = true
		case '+':
			plus = true
		case 'b':
			binary = true
		case 't':
			text = true
		}
	}
	n := 0
	for _, b := range []bool{read, write, appendMode, create} {
		if b {
			n++
		}
	}
	switch {
	case text && binary:
		err = newValueError("can't have text and binary mode at once")
	case n == 0 && !plus:
		err = newValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	case n != 1:
		err = newValueError("must have exactly one of create/read/write/append mode")
	}
	return
}

func builtinOpen(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
	if err != nil {
		return Null, err
	}
	optStr := func(i int, what string) (string, bool, error) {
		v := vals[i]
		if v.k == kNull || v.IsNone() {
			return "", false, nil
		}
		s, ok := asStr(v)
		if !ok {
			return "", false, typeErrorf("open() argument '%s' must be str or None, not %s", what, v.Type().tpName())
		}
		return s, true, nil
	}
	file := vals[0]
	var path string
	fd := -1
	if file.isIntLike() && file.k != kBool {
		fd = int(intBase(file).n)
	} else if path, err = vm.fsPath(file); err != nil {
		return Null, err
	}
	mode := "r"
	if vals[1].k != kNull {
		s, ok := asStr(vals[1])
		if !ok {
			return Null, typeErrorf("open() argument 'mode' must be str, not %s", vals[1].Type().tpName())
		}
		mode = s
	}
	encoding, hasEnc, err := optStr(3, "encoding")
	if err != nil {
		return Null, err
	}
	errs, hasErrs, err := optStr(4, "errors")
	if err != nil {
		return Null, err
	}
	newline, hasNL, err := optStr(5, "newline")
	if err != nil {
		return Null, err
	}
	read, write, appendMode, create, plus, binary, err := parseOpenMode(mode)
	if err != nil {
		return Null, err
	}
	buffering := int64(-1)
	if v := vals[2]; v.k != kNull {
		buffering = intBase(v).n
	}
	switch {
	case binary && hasEnc:
		return Null, newValueError("binary mode doesn't take an encoding argument")
	case binary && hasErrs:
		return Null, newValueError("binary mode doesn't take an errors argument")
	case binary && hasNL:
		return Null, newValueError("binary mode doesn't take a newline argument")
	case !binary && buffering == 0:
		return Null, newValueError("can't have unbuffered text I/O")
	}
	closefd := true
	if v := vals[6]; v.k != kNull {
		closefd, err = vm.truth(v)
		if err != nil {
			return Null, err
		}
	}
	f := &fileObj{byteStream: &byteStream{}, vm: vm, name: file, readable: read || plus, writable: !read || plus, closefd: closefd, atStart: true}
	if path != "" || fd < 0 {
		f.name = file
		if b, ok := file.o.(*Bytes); !ok || file.k != kObj {
			if _, ok := asStr(file); !ok {
				f.name = Str(path)
			}
		} else {
			f.name = Obj(&Bytes{b: b.b})
		}
	}
	flag := os.O_RDONLY
	switch {
	case write:
		flag = os.O_CREATE | os.O_TRUNC
	case appendMode:
		flag = os.O_CREATE | os.O_APPEND
	case create:
		flag = os.O_CREATE | os.O_EXCL
	}
	switch {
	case f.readable && f.writable:
		flag |= os.O_RDWR
	case f.writable:
		flag |= os.O_WRONLY
	}
	vm.flushOpenFiles()
	if fd >= 0 {
		f.fh = os.NewFile(uintptr(fd), "")
		if f.fh == nil {
			return Null, osErrorValue(syscall.EBADF, Null)
		}
	} else {
		blocked := vm.enterBlocking(BlockIO)
		fh, err := os.OpenFile(path, flag, 0o666)
		vm.leaveBlocking(blocked)
		if err != nil {
			return Null, osErrorValue(err, f.name)
		}
		if st, err := fh.Stat(); err == nil && st.IsDir() {
			fh.Close()
			return Null, osErrorValue(syscall.EISDIR, f.name)
		}
		f.fh = fh
	}
	if appendMode {
		if p, err := f.fh.Seek(0, io.SeekEnd); err == nil {
			f.pos = p
		}
	}
	// the mode attribute: as given for text, FileIO's spelling for binary
	raw := "rb"
	switch {
	case create:
		raw = "xb"
	case appendMode:
		raw = "ab"
	case write:
		raw = "wb"
	}
	if plus {
		raw += "+"
		if write {
			raw = "rb+"
		}
	}
	if binary {
		f.mode = raw
		switch {
		case plus:
			f.kind = bufferedRandom
		case read:
			f.kind = bufferedReader
		default:
			f.kind = bufferedWriter
		}
		return Obj(f), nil
	}
	f.mode = mode
	if !hasEnc {
		encoding = "UTF-8"
	}
	if !hasErrs {
		errs = "strict"
	}
	if hasNL && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n" {
		f.fh.Close()
		return Null, newValueError("illegal newline value: " + newline)
	}
	codec, err := lookupCodec(encoding)
	if err != nil {
		f.fh.Close()
		return Null, err
	}
	f.encoding, f.codec, f.errors = encoding, codec, errs
	f.nlNone, f.newline = !hasNL, newline
	if f.pos > 0 {
		f.atStart = false
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
	std := func(name, mode, errs string) *fileObj {
		return &fileObj{byteStream: &byteStream{}, vm: vm, name: Str(name), mode: mode, std: true, encoding: "utf-8", codec: codecUTF8, errors: errs,
			newline: "\n", readable: mode == "r", writable: mode == "w"} // POSIX: lines split at "\n", nothing translated
	}
	out := std("<stdout>", "w", "strict")
	out.out, out.flushFn = vm.stdout, func() { vm.stdout.Flush() }
	errf := std("<stderr>", "w", "backslashreplace")
	errf.out, errf.lineBuf = vm.stderr, true
	in := std("<stdin>", "r", "strict")
	in.in = vm.stdin
	vm.stdoutObj, vm.stderrObj, vm.stdinObj = Obj(out), Obj(errf), Obj(in)
}

// fileArgSize reads an optional size/limit argument (None or absent is -1).
func fileArgSize(vm *VM, args []Value, i int) (int, error) {
	if len(args) <= i || args[i].IsNone() || args[i].k == kNull {
		return -1, nil
	}
	n, err := vm.index(args[i], "argument should be integer or None, not '"+args[i].Type().tpName()+"'")
	return int(n), err
}

func setupFileMethods() {
	for _, t := range []*Type{FileType, bufferedReaderType, bufferedWriterType, bufferedRandomType} {
		setupFileType(t)
	}
}

func setupFileType(ft *Type) {
	self := func(args []Value) *fileObj { return args[0].o.(*fileObj) }
	m := func(name string, fn builtinFn) { method(ft, name, fn) }
	m("write", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("write", args, kw, 1, 1); err != nil {
			return Null, err
		}
		f := self(args)
		if f.binary() {
			if err := f.checkWrite(); err != nil {
				return Null, err
			}
			b, ok := args[1].o.(*Bytes)
			if !ok || args[1].k != kObj {
				return Null, typeErrorf("a bytes-like object is required, not '%s'", args[1].Type().tpName())
			}
			return Int(int64(len(b.b))), f.writeBytes(b.b) // writeBytes copies or only borrows
		}
		s, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("write() argument must be str, not %s", args[1].Type().tpName())
		}
		if err := f.write(vm, s); err != nil {
			return Null, err
		}
		return Int(int64(strObjOf(args[1]).length())), nil
	})
	m("writelines", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("writelines", args, kw, 1, 1); err != nil {
			return Null, err
		}
		f := self(args)
		if f.closed {
			return Null, errClosedFile()
		}
		w, _ := ft.Dict.getStr("write")
		return None, vm.iterate(args[1], func(v Value) error {
			_, err := vm.call(w, []Value{args[0], v}, nil)
			return err
		})
	})
	m("flush", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args)
		if f.closed {
			if f.binary() {
				return Null, newValueError("flush of closed file")
			}
			return Null, errClosedFile()
		}
		if err := f.flushBytes(); err != nil {
			return Null, err
		}
		f.flush()
		return None, nil
	})
	// read and readline differ only in where they stop
	reader := func(name string, bytesFn func(*fileObj, int) ([]byte, error), textFn func(*fileObj, int) (string, error)) {
		m(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 0, 1); err != nil {
				return Null, err
			}
			f := self(args)
			n, err := fileArgSize(vm, args, 1)
			if err != nil {
				return Null, err
			}
			if f.binary() {
				if err := f.checkRead(); err != nil {
					return Null, err
				}
				b, err := bytesFn(f, n)
				return Obj(&Bytes{b: b}), err
			}
			s, err := textFn(f, n)
			return Str(s), err
		})
	}
	reader("read", (*fileObj).readBytes, (*fileObj).readText)
	reader("readline", (*fileObj).readLineBytes, (*fileObj).readLineText)
	m("readlines", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("readlines", args, kw, 0, 1); err != nil {
			return Null, err
		}
		f := self(args)
		if f.closed {
			return Null, errClosedFile()
		}
		hint, err := fileArgSize(vm, args, 1)
		if err != nil {
			return Null, err
		}
		var out []Value
		total := 0
		for hint <= 0 || total < hint {
			var line Value
			if f.binary() {
				if err := f.checkRead(); err != nil {
					return Null, err
				}
				b, err := f.readLineBytes(-1)
				if err != nil {
					return Null, err
				}
				if len(b) == 0 {
					break
				}
				total += len(b)
				line = Obj(&Bytes{b: b})
			} else {
				s, err := f.readLineText(-1)
				if err != nil {
					return Null, err
				}
				if s == "" {
					break
				}
				total += utf8.RuneCountInString(s)
				line = Str(s)
			}
			out = append(out, line)
		}
		return NewList(out), nil
	})
	m("tell", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args)
		if f.closed {
			if f.binary() {
				return Null, newValueError("I/O operation on closed file")
			}
			return Null, errClosedFile()
		}
		if f.std {
			return Null, newExc(OSErrorType, "[Errno 29] Illegal seek")
		}
		if f.binary() {
			return Int(f.tellBytes()), nil
		}
		p, err := f.tellText()
		return Int(p), err
	})
	m("seek", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("seek", args, kw, 1, 2); err != nil {
			return Null, err
		}
		f := self(args)
		if f.closed {
			if f.binary() {
				return Null, newValueError("seek of closed file")
			}
			return Null, errClosedFile()
		}
		off, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		whence := int64(0)
		if len(args) > 2 {
			if whence, err = vm.index(args[2], "'"+args[2].Type().tpName()+"' object cannot be interpreted as an integer"); err != nil {
				return Null, err
			}
		}
		if whence < 0 || whence > 2 {
			if f.binary() {
				return Null, newValueError(sprintf("whence value %d unsupported", whence))
			}
			return Null, newValueError(sprintf("invalid whence (%d, should be 0, 1 or 2)", whence))
		}
		if !f.binary() {
			switch {
			case whence == 1 && off != 0:
				return Null, errUnsupported("can't do nonzero cur-relative seeks")
			case whence == 2 && off != 0:
				return Null, errUnsupported("can't do nonzero end-relative seeks")
			case whence == 0 && off < 0:
				return Null, newValueError(sprintf("negative seek position %d", off))
			case whence == 1:
				p, err := f.tellText()
				if err != nil {
					return Null, err
				}
				off, whence = p, 0
			}
			f.tbuf, f.toff, f.tpos = nil, nil, 0
			f.noTell = false
			if off > 0 || whence == 2 {
				f.atStart = false
			}
		}
		p, err := f.seekBytes(off, int(whence))
		return Int(p), err
	})
	m("truncate", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("truncate", args, kw, 0, 1); err != nil {
			return Null, err
		}
		f := self(args)
		if f.closed {
			if f.binary() {
				return Null, newValueError("truncate of closed file")
			}
			return Null, errClosedFile()
		}
		if !f.writable {
			return Null, errUnsupported("File not open for writing")
		}
		if err := f.flushBytes(); err != nil {
			return Null, err
		}
		size := f.tellBytes()
		if !f.binary() && f.tpos < len(f.tbuf) {
			size = f.toff[f.tpos]
		}
		if len(args) > 1 && !args[1].IsNone() {
			n, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
			if err != nil {
				return Null, err
			}
			size = n
		}
		if err := f.fh.Truncate(size); err != nil {
			return Null, f.ioError(err)
		}
		return Int(size), nil
	})
	m("close", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, self(args).close()
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		name := name
		m(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			f := self(args)
			if f.closed {
				if f.binary() && name == "readable" {
					return False, nil
				}
				return Null, errClosedFile()
			}
			switch name {
			case "readable":
				return Bool(f.readable), nil
			case "writable":
				return Bool(f.writable), nil
			}
			return Bool(!f.std), nil
		})
	}
	m("isatty", func(vm *VM, args []Value, kw []string) (Value, error) {
		if self(args).closed {
			return Null, errClosedFile()
		}
		return False, nil
	})
	m("fileno", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args)
		if f.closed {
			return Null, newValueError("I/O operation on closed file")
		}
		if f.fh != nil {
			return Int(int64(f.fh.Fd())), nil
		}
		for i, v := range []Value{vm.stdinObj, vm.stdoutObj, vm.stderrObj} {
			if v.o == Object(f) {
				return Int(int64(i)), nil
			}
		}
		return Null, errUnsupported("fileno")
	})
	m("__enter__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if self(args).closed {
			return Null, errClosedFile()
		}
		return args[0], nil
	})
	m("__exit__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, self(args).close()
	})
	m("__iter__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if self(args).closed {
			return Null, errClosedFile()
		}
		return args[0], nil
	})
	m("__next__", func(vm *VM, args []Value, kw []string) (Value, error) {
		v, ok, err := self(args).next(vm)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, &Exception{cls: StopIterationType}
		}
		return v, nil
	})
	prop := func(name string, get func(f *fileObj) Value) {
		reProperty(ft, name, func(vm *VM, v Value) (Value, error) { return get(v.o.(*fileObj)), nil })
	}
	prop("name", func(f *fileObj) Value { return f.name })
	prop("mode", func(f *fileObj) Value { return Str(f.mode) })
	prop("closed", func(f *fileObj) Value { return Bool(f.closed) })
	if ft != FileType {
		return
	}
	prop("buffer", func(f *fileObj) Value { return Obj(f.binaryView()) })
	prop("encoding", func(f *fileObj) Value { return Str(f.encoding) })
	prop("errors", func(f *fileObj) Value { return Str(f.errors) })
	prop("line_buffering", func(f *fileObj) Value { return Bool(f.lineBuf) })
	prop("newlines", func(f *fileObj) Value {
		switch f.seenNL {
		case 0:
			return None
		case 1:
			return Str("\n")
		case 2:
			return Str("\r")
		case 4:
			return Str("\r\n")
		case 3:
			return NewTuple(Str("\r"), Str("\n"))
		case 5:
			return NewTuple(Str("\n"), Str("\r\n"))
		case 6:
			return NewTuple(Str("\r"), Str("\r\n"))
		}
		return NewTuple(Str("\r"), Str("\n"), Str("\r\n"))
	})
}

// fileRepr is repr() of a file.
func (vm *VM) fileRepr(f *fileObj) (string, error) {
	name, err := vm.repr(f.name)
	if err != nil {
		return "", err
	}
	if f.binary() {
		return "<" + f.pyType().Name + " name=" + name + ">", nil
	}
	return "<_io.TextIOWrapper name=" + name + " mode=" + pystr.Repr(f.mode) + " encoding=" + pystr.Repr(f.encoding) + ">", nil
}

// binaryView is a text file's buffer attribute: the same bytes as a
// BufferedReader, BufferedWriter or BufferedRandom.
func (f *fileObj) binaryView() *fileObj {
	if f.buffer == nil {
		b := &fileObj{byteStream: f.byteStream, vm: f.vm, name: f.name, flushFn: f.flushFn, std: f.std,
			readable: f.readable, writable: f.writable, closefd: false}
		switch {
		case f.readable && f.writable:
			b.kind = bufferedRandom
		case f.readable:
			b.kind = bufferedReader
		default:
			b.kind = bufferedWriter
		}
		mode := strings.NewReplacer("t", "", "b", "").Replace(f.mode)
		switch {
		case strings.HasSuffix(mode, "+"):
			b.mode = strings.TrimSuffix(mode, "+") + "b+"
		default:
			b.mode = mode + "b"
		}
		if strings.Contains(mode, "w") && strings.Contains(mode, "+") {
			b.mode = "rb+"
		}
		f.buffer = b
	}
	return f.buffer
}

// readInputLine reads the line input() returns from sys.stdin, without its
// newline.
func (vm *VM) readInputLine() (string, error) {
	in := vm.stdinObj
	if vm.sysModule != nil {
		if v, ok := vm.sysModule.dict.getStr("stdin"); ok {
			in = v
		}
	}
	var line string
	if f, ok := in.o.(*fileObj); ok && in.k == kObj && !f.binary() {
		s, err := f.readLineText(-1)
		if err != nil {
			return "", err
		}
		line = s
	} else {
		m, err := vm.getAttr(in, "readline")
		if err != nil {
			return "", err
		}
		r, err := vm.call(m, nil, nil)
		if err != nil {
			return "", err
		}
		s, ok := asStr(r)
		if !ok {
			return "", typeErrorf("object.readline() returned non-string")
		}
		line = s
	}
	if line == "" {
		return "", newExc(EOFErrorType, "EOF when reading a line")
	}
	return strings.TrimSuffix(line, "\n"), nil
}
