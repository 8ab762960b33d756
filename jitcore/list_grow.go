package jitcore

// appendItem appends v to l. A list's first growth makes room for four
// items, as CPython's list_resize does, instead of Go's one, two, four:
// the short lists built by appends in loops are allocated once.
func appendItem(l *List, v Value) {
	if len(l.items) == cap(l.items) && cap(l.items) < 4 {
		items := make([]Value, len(l.items), 4)
		copy(items, l.items)
		l.items = items
	}
	l.items = append(l.items, v)
}
