package jitcore

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// The time module: clocks, sleep, struct_time, gmtime/localtime/mktime
// and strftime with the C library's directives.

func init() {
	registerModule("time", &nativeModule{builtin: true, setup: setupTime})
}

var (
	processStart     = time.Now()
	structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}
)

// structTime builds a time.struct_time from a Go time.
func structTime(t time.Time, isDST int) Value {
	wday := (int(t.Weekday()) + 6) % 7
	v := makeStructSeq("time.struct_time", structTimeFields, []Value{
		Int(int64(t.Year())), Int(int64(t.Month())), Int(int64(t.Day())), Int(int64(t.Hour())),
		Int(int64(t.Minute())), Int(int64(t.Second())), Int(int64(wday)), Int(int64(t.YearDay())), Int(int64(isDST))})
	if in, ok := v.o.(*Instance); ok {
		in.cls.Module = "time"
		name, off := t.Zone()
		in.dict.setStr("tm_zone", Str(name))
		in.dict.setStr("tm_gmtoff", Int(int64(off)))
	}
	return v
}

// goTime converts a struct_time or 9-tuple to a Go time in loc.
func (vm *VM) goTime(v Value, loc *time.Location) (time.Time, error) {
	items, err := vm.toSlice(v)
	if err != nil {
		return time.Time{}, err
	}
	if len(items) != 9 {
		return time.Time{}, typeErrorf("time.struct_time() takes a sequence of length 9")
	}
	f := make([]int, 9)
	for i, it := range items {
		n, err := vm.intArg(it)
		if err != nil {
			return time.Time{}, err
		}
		f[i] = int(n.Int64())
	}
	return time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), nil
}

func (vm *VM) timeArg(args []Value, name string, loc *time.Location) (time.Time, error) {
	if len(args) == 0 || args[0].IsNone() {
		return time.Now().In(loc), nil
	}
	secs, err := vm.realArg(args[0])
	if err != nil {
		return time.Time{}, err
	}
	if math.IsNaN(secs) {
		return time.Time{}, newValueError("Invalid value NaN (not a number)")
	}
	whole := math.Floor(secs)
	return time.Unix(int64(whole), 0).In(loc), nil
}

func setupTime(vm *VM, m *Module) error {
	d := m.dict
	def := func(name string, fn builtinFn) { d.setStr(name, Obj(newBuiltin(name, fn))) }
	clock := func(name string, f func() float64) {
		def(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return Float(f()), nil
		})
	}
	clockNS := func(name string, f func() int64) {
		def(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return Int(f()), nil
		})
	}
	wall := func() float64 { return float64(time.Now().UnixNano()) / 1e9 }
	mono := func() int64 { return int64(time.Since(processStart)) }
	clock("time", wall)
	clockNS("time_ns", func() int64 { return time.Now().UnixNano() })
	clock("perf_counter", func() float64 { return float64(mono()) / 1e9 })
	clockNS("perf_counter_ns", mono)
	clock("monotonic", func() float64 { return float64(mono()) / 1e9 })
	clockNS("monotonic_ns", mono)
	clock("process_time", func() float64 { return float64(processCPU()) / 1e9 })
	clockNS("process_time_ns", processCPU)
	clock("thread_time", func() float64 { return float64(processCPU()) / 1e9 })
	def("sleep", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("sleep", args, kw, 1, 1); err != nil {
			return Null, err
		}
		secs, err := vm.realArg(args[0])
		if err != nil {
			return Null, typeErrorf("'%s' object cannot be interpreted as an integer", args[0].Type().tpName())
		}
		if secs < 0 {
			return Null, newValueError("sleep length must be non-negative")
		}
		vm.stdout.Flush()
		// sleep in slices so Ctrl-C and profiler ticks are seen
		deadline := time.Now().Add(time.Duration(secs * 1e9))
		defer vm.leaveBlocking(vm.enterBlocking(BlockSleep))
		for {
			left := time.Until(deadline)
			if left <= 0 {
				return None, nil
			}
			if left > 20*time.Millisecond {
				left = 20 * time.Millisecond
			}
			time.Sleep(left)
			if f := vm.frame; f != nil {
				if err := vm.poll(f, f.lasti); err != nil {
					return Null, err
				}
			}
		}
	})
	// struct_time(sequence): what datetime's timetuple() builds
	def("struct_time", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("struct_time", args, kw, 1, 1); err != nil {
			return Null, err
		}
		items, err := vm.toSlice(args[0])
		if err != nil {
			return Null, err
		}
		if len(items) < 9 || len(items) > 11 {
			return Null, typeErrorf("time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		v := makeStructSeq("time.struct_time", structTimeFields, items[:9])
		if in, ok := v.o.(*Instance); ok {
			in.cls.Module = "time"
			for i, name := range []string{"tm_zone", "tm_gmtoff"} {
				val := None
				if 9+i < len(items) {
					val = items[9+i]
				}
				in.dict.setStr(name, val)
			}
		}
		return v, nil
	})
	def("gmtime", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("gmtime", args, kw, 0, 1); err != nil {
			return Null, err
		}
		t, err := vm.timeArg(args, "gmtime", time.UTC)
		if err != nil {
			return Null, err
		}
		return structTime(t, 0), nil
	})
	def("localtime", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("localtime", args, kw, 0, 1); err != nil {
			return Null, err
		}
		t, err := vm.timeArg(args, "localtime", time.Local)
		if err != nil {
			return Null, err
		}
		dst := 0
		if t.IsDST() {
			dst = 1
		}
		return structTime(t, dst), nil
	})
	def("mktime", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("mktime", args, kw, 1, 1); err != nil {
			return Null, err
		}
		t, err := vm.goTime(args[0], time.Local)
		if err != nil {
			return Null, err
		}
		return Float(float64(t.Unix())), nil
	})
	def("strftime", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("strftime", args, kw, 1, 2); err != nil {
			return Null, err
		}
		format, ok := asStr(args[0])
		if !ok {
			return Null, typeErrorf("strftime() argument 1 must be str, not %s", args[0].Type().tpName())
		}
		t := time.Now()
		if len(args) == 2 {
			var err error
			if t, err = vm.goTime(args[1], time.Local); err != nil {
				return Null, err
			}
			if in, ok := args[1].o.(*Instance); ok && args[1].k == kObj {
				if off, ok := in.dict.getStr("tm_gmtoff"); ok && off.k == kInt && off.n == 0 {
					t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
				}
			}
		}
		return Str(strftime(format, t)), nil
	})
	def("asctime", func(vm *VM, args []Value, kw []string) (Value, error) {
		t := time.Now()
		if len(args) == 1 {
			var err error
			if t, err = vm.goTime(args[0], time.Local); err != nil {
				return Null, err
			}
		}
		return Str(strftime("%a %b %e %H:%M:%S %Y", t)), nil
	})
	def("ctime", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, err := vm.timeArg(args, "ctime", time.Local)
		if err != nil {
			return Null, err
		}
		return Str(strftime("%a %b %e %H:%M:%S %Y", t)), nil
	})
	name, off := time.Now().Zone()
	d.setStr("timezone", Int(int64(-off)))
	d.setStr("altzone", Int(int64(-off)))
	d.setStr("daylight", Int(0))
	d.setStr("tzname", NewTuple(Str(name), Str(name)))
	return nil
}

var (
	weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// strftime formats t with the C library's directives (C locale).
func strftime(format string, t time.Time) string {
	var sb strings.Builder
	pad := func(n, w int) string {
		s := strconv.Itoa(n)
		for len(s) < w {
			s = "0" + s
		}
		return s
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			sb.WriteString(strconv.Itoa(t.Year()))
		case 'y':
			sb.WriteString(pad(t.Year()%100, 2))
		case 'm':
			sb.WriteString(pad(int(t.Month()), 2))
		case 'd':
			sb.WriteString(pad(t.Day(), 2))
		case 'e':
			s := strconv.Itoa(t.Day())
			if len(s) < 2 {
				s = " " + s
			}
			sb.WriteString(s)
		case 'H':
			sb.WriteString(pad(t.Hour(), 2))
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			sb.WriteString(pad(h, 2))
		case 'M':
			sb.WriteString(pad(t.Minute(), 2))
		case 'S':
			sb.WriteString(pad(t.Second(), 2))
		case 'p':
			if t.Hour() < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'j':
			sb.WriteString(pad(t.YearDay(), 3))
		case 'a':
			sb.WriteString(weekdayNames[t.Weekday()][:3])
		case 'A':
			sb.WriteString(weekdayNames[t.Weekday()])
		case 'b', 'h':
			sb.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			sb.WriteString(monthNames[t.Month()-1])
		case 'w':
			sb.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'u':
			wd := int(t.Weekday())
			if wd == 0 {
				wd = 7
			}
			sb.WriteString(strconv.Itoa(wd))
		case 'U':
			sb.WriteString(pad((t.YearDay()+6-int(t.Weekday()))/7, 2))
		case 'W':
			sb.WriteString(pad((t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2))
		case 'c':
			sb.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'x':
			sb.WriteString(strftime("%m/%d/%y", t))
		case 'X', 'T':
			sb.WriteString(strftime("%H:%M:%S", t))
		case 'D':
			sb.WriteString(strftime("%m/%d/%y", t))
		case 'F':
			sb.WriteString(strftime("%Y-%m-%d", t))
		case 'R':
			sb.WriteString(strftime("%H:%M", t))
		case 'Z':
			name, _ := t.Zone()
			sb.WriteString(name)
		case 'z':
			_, off := t.Zone()
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			sb.WriteByte(sign)
			sb.WriteString(pad(off/3600, 2) + pad(off%3600/60, 2))
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case '%':
			sb.WriteByte('%')
		default:
			sb.WriteByte('%')
			sb.WriteByte(format[i])
		}
	}
	return sb.String()
}
