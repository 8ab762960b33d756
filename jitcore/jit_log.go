package jitcore

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	bc "jitlens/jitcore/bytecode"
)

// JITEventKind says what happened to a loop.
type JITEventKind uint8

// JIT event kinds.
const (
	EventCompiled    JITEventKind = iota + 1 // compiled to native code
	EventNotCompiled                         // refused, with the reason
	EventDeoptimized                         // a guard failed Count times
)

func (k JITEventKind) String() string {
	switch k {
	case EventCompiled:
		return "compiled"
	case EventNotCompiled:
		return "not compiled"
	case EventDeoptimized:
		return "deoptimized"
	}
	return "?"
}

// JITEvent is one thing the JIT did, about the loop of a function.
type JITEvent struct {
	Kind      JITEventKind
	Function  string // qualified name
	File      string
	StartLine int // the function's first line
	// Span is the loop (compiled), the construct that blocked it (not
	// compiled) or the failing instruction (deoptimized).
	Span        bc.Loc
	Signature   string // compiled: the loop's variables and types
	CodeSize    int
	CompileTime time.Duration
	Reason      string // not compiled: why
	Guard       string // deoptimized: what was assumed
	Count       int64  // deoptimized: how often
}

// JITLog collects the JIT's events of a run, in order.
type JITLog struct {
	Events []JITEvent
	deopts map[deoptKey]int // index in Events
	// FailedSpecializations are the interpreter's failed specializations
	// (specialize_log.go), recorded whether or not the JIT is on.
	FailedSpecializations []SpecializationFailure
	specFails             map[specFailKey]int // index in FailedSpecializations
}

type deoptKey struct {
	code *bc.Code
	pc   int
}

func (js *jitState) event(code *bc.Code, e JITEvent) {
	e.Function, e.File, e.StartLine = code.QualName, code.Filename, code.FirstLine
	js.log.Events = append(js.log.Events, e)
}

func (js *jitState) notCompiled(code *bc.Code, header int, reason string, span bc.Loc) {
	js.setCodeState(code, JITNotCompiled)
	js.event(code, JITEvent{Kind: EventNotCompiled, Reason: reason, Span: span})
}

// deopt counts one failure of the guard at pc.
func (js *jitState) deopt(code *bc.Code, pc int, guard string) {
	js.setCodeState(code, JITDeoptimized)
	if js.log.deopts == nil {
		js.log.deopts = map[deoptKey]int{}
	}
	k := deoptKey{code, pc}
	if i, ok := js.log.deopts[k]; ok {
		js.log.Events[i].Count++
		return
	}
	js.log.deopts[k] = len(js.log.Events)
	js.event(code, JITEvent{Kind: EventDeoptimized, Guard: guard, Span: code.Locs[pc], Count: 1})
}

// WriteTable prints the events as a compact table, one line each.
func (l *JITLog) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "JIT\tfunction\tline\tdetail\n")
	for _, e := range l.Events {
		where := fmt.Sprintf("%d", e.Span.Line)
		var detail string
		switch e.Kind {
		case EventCompiled:
			detail = fmt.Sprintf("%s  %d bytes  %s", e.Signature, e.CodeSize, e.CompileTime.Round(time.Microsecond))
		case EventNotCompiled:
			detail = e.Reason
		case EventDeoptimized:
			detail = fmt.Sprintf("%s  x%d", e.Guard, e.Count)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Kind, e.Function, where, detail)
	}
	if len(l.Events) == 0 {
		fmt.Fprintf(tw, "-\t(no hot loops)\t\t\n")
	}
	return tw.Flush()
}
