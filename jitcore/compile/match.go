package compile

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

// matchStmt compiles `match`. Every pattern consumes the value on top of
// the stack and pushes True or False, binding its captures on the way.
func (c *compiler) matchStmt(n *syntax.Match) {
	end := c.newLabel()
	c.expr(n.Subject)
	for i, mc := range n.Cases {
		next := c.newLabel()
		last := i == len(n.Cases)-1
		c.setLoc(mc.Pattern)
		c.emit(bc.DUP_TOP, 0)
		c.captures = nil
		c.pattern(mc.Pattern)
		c.jump(bc.POP_JUMP_IF_FALSE, next)
		// captures are bound only once the whole pattern has matched
		for _, name := range c.captures {
			c.emit(bc.LOAD_FAST, c.u.varIndex("$match:"+name))
			c.nameOp(name, syntax.Store)
		}
		c.captures = nil
		if mc.Guard != nil {
			c.condJump(mc.Guard, false, next)
		}
		c.emit(bc.POP_TOP, 0)
		c.stmts(mc.Body)
		c.jump(bc.JUMP, end)
		c.bind(next)
		if last {
			c.emit(bc.POP_TOP, 0)
		}
	}
	if len(n.Cases) == 0 {
		c.emit(bc.POP_TOP, 0)
	}
	c.bind(end)
}

// capture stores TOS into the hidden slot of a capture name.
func (c *compiler) capture(name string) {
	found := false
	for _, n := range c.captures {
		if n == name {
			found = true
		}
	}
	if !found {
		c.captures = append(c.captures, name)
	}
	c.emit(bc.STORE_FAST, c.u.varIndex("$match:"+name))
}

// failTail emits the shared failure exits: label i pops i values and
// pushes False; success falls through to done with True pushed by the
// caller.
type failExits struct {
	labels map[int]int
}

func (c *compiler) failLabel(f *failExits, depth int) int {
	if l, ok := f.labels[depth]; ok {
		return l
	}
	l := c.newLabel()
	f.labels[depth] = l
	return l
}

func (c *compiler) emitFails(f *failExits, done int) {
	max := 0
	for d := range f.labels {
		if d > max {
			max = d
		}
	}
	if max == 0 {
		return
	}
	// fall-through chain: fail_max pops one and falls into fail_(max-1)...
	c.jump(bc.JUMP, done)
	for d := max; d >= 1; d-- {
		if l, ok := f.labels[d]; ok {
			c.bind(l)
		}
		c.emit(bc.POP_TOP, 0)
	}
	c.loadConst(false)
}

func (c *compiler) pattern(p syntax.Pattern) {
	c.setLoc(p)
	switch n := p.(type) {
	case *syntax.MatchValue:
		c.expr(n.Value)
		c.emit(bc.COMPARE_OP, int(syntax.Eq))
	case *syntax.MatchSingleton:
		c.loadConst(n.Value)
		c.emit(bc.IS_OP, 0)
	case *syntax.MatchAs:
		if n.Pattern == nil {
			if n.Name == "" {
				c.emit(bc.POP_TOP, 0)
			} else {
				c.capture(n.Name)
			}
			c.loadConst(true)
			return
		}
		f := &failExits{labels: map[int]int{}}
		done := c.newLabel()
		c.emit(bc.DUP_TOP, 0)
		c.pattern(n.Pattern)
		c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
		if n.Name != "" {
			c.capture(n.Name)
		} else {
			c.emit(bc.POP_TOP, 0)
		}
		c.loadConst(true)
		c.emitFails(f, done)
		c.bind(done)
	case *syntax.MatchOr:
		success, done := c.newLabel(), c.newLabel()
		for _, alt := range n.Patterns {
			c.emit(bc.DUP_TOP, 0)
			c.pattern(alt)
			c.jump(bc.POP_JUMP_IF_TRUE, success)
		}
		c.emit(bc.POP_TOP, 0)
		c.loadConst(false)
		c.jump(bc.JUMP, done)
		c.bind(success)
		c.emit(bc.POP_TOP, 0)
		c.loadConst(true)
		c.bind(done)
	case *syntax.MatchSequence:
		c.sequencePattern(n)
	case *syntax.MatchMapping:
		c.mappingPattern(n)
	case *syntax.MatchClass:
		c.classPattern(n)
	case *syntax.MatchStar:
		c.errorAt(n, "can't use starred name here")
	default:
		c.errorAt(p, "jitlens does not support this pattern")
	}
}

func (c *compiler) sequencePattern(n *syntax.MatchSequence) {
	f := &failExits{labels: map[int]int{}}
	done := c.newLabel()
	star := -1
	for i, q := range n.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.errorAt(q, "multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	size := len(n.Patterns)
	c.emit(bc.MATCH_SEQUENCE, 0)
	c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	c.emit(bc.GET_LEN, 0)
	if star < 0 {
		c.loadConst(int64(size))
		c.emit(bc.COMPARE_OP, int(syntax.Eq))
	} else {
		c.loadConst(int64(size - 1))
		c.emit(bc.COMPARE_OP, int(syntax.GtE))
	}
	c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	for i, q := range n.Patterns {
		if s, ok := q.(*syntax.MatchStar); ok {
			if s.Name == "" {
				continue
			}
			// name = list(subject[i:len-after])
			after := size - i - 1
			c.emit(bc.DUP_TOP, 0)
			c.loadConst(int64(i))
			if after > 0 {
				c.loadConst(int64(-after))
			} else {
				c.loadConst(syntax.None)
			}
			c.emit(bc.BUILD_SLICE, 2)
			c.emit(bc.BINARY_SUBSCR, 0)
			c.emit(bc.BUILD_LIST, 0)
			c.emit(bc.ROT_TWO, 0)
			c.emit(bc.LIST_EXTEND, 1)
			c.capture(s.Name)
			continue
		}
		c.emit(bc.DUP_TOP, 0)
		if star >= 0 && i > star {
			c.loadConst(int64(i - size))
		} else {
			c.loadConst(int64(i))
		}
		c.emit(bc.BINARY_SUBSCR, 0)
		c.pattern(q)
		c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	}
	c.emit(bc.POP_TOP, 0)
	c.loadConst(true)
	c.emitFails(f, done)
	c.bind(done)
}

func (c *compiler) mappingPattern(n *syntax.MatchMapping) {
	f := &failExits{labels: map[int]int{}}
	done := c.newLabel()
	c.emit(bc.MATCH_MAPPING, 0)
	c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	if len(n.Keys) == 0 && n.Rest == "" {
		c.emit(bc.POP_TOP, 0)
		c.loadConst(true)
		c.emitFails(f, done)
		c.bind(done)
		return
	}
	for _, k := range n.Keys {
		c.expr(k)
	}
	c.emit(bc.BUILD_TUPLE, len(n.Keys))
	c.emit(bc.MATCH_KEYS, 0)
	c.emit(bc.DUP_TOP, 0)
	c.loadConst(syntax.None)
	c.emit(bc.IS_OP, 1)
	c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 3))
	for i, q := range n.Patterns {
		c.emit(bc.DUP_TOP, 0)
		c.loadConst(int64(i))
		c.emit(bc.BINARY_SUBSCR, 0)
		c.pattern(q)
		c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 3))
	}
	c.emit(bc.POP_TOP, 0)
	if n.Rest != "" {
		c.emit(bc.COPY_DICT_WITHOUT_KEYS, 0)
		c.capture(n.Rest)
	} else {
		c.emit(bc.POP_TOP, 0)
	}
	c.emit(bc.POP_TOP, 0)
	c.loadConst(true)
	c.emitFails(f, done)
	c.bind(done)
}

func (c *compiler) classPattern(n *syntax.MatchClass) {
	f := &failExits{labels: map[int]int{}}
	done := c.newLabel()
	c.expr(n.Cls)
	names := make(bc.ConstTuple, len(n.KwdAttrs))
	for i, a := range n.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.setLoc(n)
	c.emit(bc.MATCH_CLASS, len(n.Patterns))
	c.emit(bc.DUP_TOP, 0)
	c.loadConst(syntax.None)
	c.emit(bc.IS_OP, 1)
	c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	all := append(append([]syntax.Pattern(nil), n.Patterns...), n.KwdPatterns...)
	for i, q := range all {
		c.emit(bc.DUP_TOP, 0)
		c.loadConst(int64(i))
		c.emit(bc.BINARY_SUBSCR, 0)
		c.pattern(q)
		c.jump(bc.POP_JUMP_IF_FALSE, c.failLabel(f, 1))
	}
	c.emit(bc.POP_TOP, 0)
	c.loadConst(true)
	c.emitFails(f, done)
	c.bind(done)
}
