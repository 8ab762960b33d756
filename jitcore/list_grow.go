package jitcore

// appendItem appends v to l. A list's first growth makes room for four
// items, as CPython's list_resize does, instead of Go's one, two, four:
// the short lists built by appends in loops are allocated once.
func appendItem(l *List, v Value) {
	if l.c != nil {
		l.push(v) // list_compact.go
		return
	}
	if len(l.vals) == cap(l.vals) && cap(l.vals) < 4 {
		items := make([]Value, len(l.vals), 4)
		copy(items, l.vals)
		l.vals = items
	}
	l.vals = append(l.vals, v)
}
