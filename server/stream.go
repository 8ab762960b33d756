package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// maxMessageSize bounds one message's content; a larger one is skipped
// with an error response rather than read into memory.
const maxMessageSize = 64 << 20

// JSON-RPC error codes the stream and the dispatcher answer with.
const (
	codeParseError     jsonrpc2.Code = -32700
	codeInvalidRequest jsonrpc2.Code = -32600
	codeMethodNotFound jsonrpc2.Code = -32601
	codeInvalidParams  jsonrpc2.Code = -32602
	codeInternalError  jsonrpc2.Code = -32603
	codeNotInitialized jsonrpc2.Code = -32002
	codeInvalidState   jsonrpc2.Code = -32600
	codeCancelled      jsonrpc2.Code = -32800
	codeRequestFailed  jsonrpc2.Code = -32803
)

// tolerantStream frames messages with LSP's Content-Length headers like
// jsonrpc2.NewStream, but a malformed frame or message does not end the
// connection: it is answered with a JSON-RPC error response (id null, or
// the request's id when it could be read) and reading goes on. Only the end
// of the input or a failed read ends it.
type tolerantStream struct {
	conn    io.ReadWriteCloser
	in      *bufio.Reader
	writeMu sync.Mutex // the stream writes error responses itself
	// onBadMessage is told about each message the stream rejected.
	onBadMessage func(err error)
}

func newTolerantStream(conn io.ReadWriteCloser) *tolerantStream {
	return &tolerantStream{conn: conn, in: bufio.NewReaderSize(conn, 64<<10)}
}

// Read returns the next well-formed message.
func (s *tolerantStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		data, n, err := s.readFrame()
		if err != nil {
			var bad *frameError
			if !errors.As(err, &bad) {
				return nil, n, err
			}
			s.reject(nil, codeParseError, bad.msg)
			continue
		}
		msg, rerr := decodeMessage(data)
		if rerr != nil {
			s.reject(rerr.id, rerr.code, rerr.msg)
			continue
		}
		if msg == nil {
			continue
		}
		return msg, n, nil
	}
}

// frameError is a malformed frame after which reading can go on.
type frameError struct{ msg string }

func (e *frameError) Error() string { return e.msg }

// readFrame reads one header block and its content. A header block that
// cannot be used is a *frameError (its content, if its length is known, has
// been skipped); any other error is the input's.
func (s *tolerantStream) readFrame() ([]byte, int64, error) {
	var total int64
	length := int64(-1)
	var headerErr string
	sawHeader := false
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
		if err != nil {
			if err == io.EOF && strings.TrimSpace(line) != "" {
				return nil, total, io.ErrUnexpectedEOF
			}
			return nil, total, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if !sawHeader {
				continue // a stray blank line between messages
			}
			break
		}
		sawHeader = true
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			headerErr = fmt.Sprintf("invalid header line %q", clip(line, 80))
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			v, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || v < 0 {
				headerErr = fmt.Sprintf("invalid Content-Length %q", clip(value, 40))
				continue
			}
			length = v
		}
	}
	if length < 0 {
		if headerErr == "" {
			headerErr = "missing Content-Length header"
		}
		return nil, total, &frameError{headerErr}
	}
	if length > maxMessageSize {
		k, err := io.CopyN(io.Discard, s.in, length)
		total += k
		if err != nil {
			return nil, total, err
		}
		return nil, total, &frameError{fmt.Sprintf("message of %d bytes is larger than the %d allowed", length, maxMessageSize)}
	}
	data := make([]byte, length)
	k, err := io.ReadFull(s.in, data)
	total += int64(k)
	if err != nil {
		return nil, total, err
	}
	if headerErr != "" {
		return nil, total, &frameError{headerErr}
	}
	return data, total, nil
}

// requestError is a message that was read but is not a valid JSON-RPC
// message; id is the request's id when it could be read.
type requestError struct {
	id   json.RawMessage
	code jsonrpc2.Code
	msg  string
}

// decodeMessage checks a message's shape with the standard decoder before
// handing it to jsonrpc2, so that what jsonrpc2 would reject gets an answer.
func decodeMessage(data []byte) (jsonrpc2.Message, *requestError) {
	if !json.Valid(data) {
		return nil, &requestError{code: codeParseError, msg: "parse error: the message is not valid JSON"}
	}
	var head struct {
		JSONRPC any             `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Method  any             `json:"method"`
		Params  json.RawMessage `json:"params"`
		Result  json.RawMessage `json:"result"`
		Error   json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, &requestError{code: codeInvalidRequest, msg: "invalid request: a message must be a JSON object"}
	}
	id := head.ID
	if !validID(id) {
		return nil, &requestError{code: codeInvalidRequest, msg: "invalid request: id must be a string or a 32-bit integer"}
	}
	if bytes.Equal(id, []byte("null")) {
		id = nil
	}
	if head.Method == nil {
		if id == nil && head.Result == nil && head.Error == nil {
			return nil, &requestError{code: codeInvalidRequest, msg: "invalid request: no method"}
		}
		if id == nil {
			return nil, nil // a response to nothing we can name: drop it
		}
	} else if m, ok := head.Method.(string); !ok || m == "" {
		return nil, &requestError{id: id, code: codeInvalidRequest, msg: "invalid request: method must be a non-empty string"}
	}
	if p := bytes.TrimSpace(head.Params); len(p) > 0 && p[0] != '{' && p[0] != '[' && !bytes.Equal(p, []byte("null")) {
		return nil, &requestError{id: id, code: codeInvalidParams, msg: "invalid params: params must be an object or an array"}
	}
	msg, err := jsonrpc2.DecodeMessage(data)
	if err != nil {
		return nil, &requestError{id: id, code: codeInvalidRequest, msg: "invalid request: " + err.Error()}
	}
	return msg, nil
}

// validID accepts what jsonrpc2.ID can hold: absent, null, a string or an
// integer that fits in 32 bits.
func validID(id json.RawMessage) bool {
	id = bytes.TrimSpace(id)
	if len(id) == 0 || bytes.Equal(id, []byte("null")) {
		return true
	}
	switch id[0] {
	case '"':
		var s string
		return json.Unmarshal(id, &s) == nil
	}
	_, err := strconv.ParseInt(string(id), 10, 32)
	return err == nil
}

// reject answers a message that could not be handled.
func (s *tolerantStream) reject(id json.RawMessage, code jsonrpc2.Code, msg string) {
	if s.onBadMessage != nil {
		s.onBadMessage(errors.New(msg))
	}
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	resp, _ := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   jsonrpc2.Error  `json:"error"`
	}{"2.0", id, jsonrpc2.Error{Code: code, Message: msg}})
	_ = s.writeFrame(resp)
}

// Write sends a message.
func (s *tolerantStream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	return int64(len(data)), s.writeFrame(data)
}

func (s *tolerantStream) writeFrame(data []byte) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	frame := make([]byte, 0, len(data)+32)
	frame = fmt.Appendf(frame, "Content-Length: %d\r\n\r\n", len(data))
	frame = append(frame, data...)
	_, err := s.conn.Write(frame)
	return err
}

// Close closes the connection.
func (s *tolerantStream) Close() error { return s.conn.Close() }

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
