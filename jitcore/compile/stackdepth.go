package compile

import (
	"math/bits"

	bc "jitlens/jitcore/bytecode"
)

// stackEffect returns the change of stack depth of in when execution falls
// through (or, for jump=true, when it jumps).
func stackEffect(in bc.Instr, jump bool) int {
	a := int(in.Arg)
	switch in.Op {
	case bc.NOP, bc.EXTENDED_NOP, bc.ROT_TWO, bc.ROT_THREE, bc.ROT_FOUR, bc.DELETE_FAST, bc.DELETE_DEREF,
		bc.DELETE_NAME, bc.DELETE_GLOBAL, bc.LOAD_ATTR, bc.UNARY_OP, bc.LIST_TO_TUPLE, bc.JUMP, bc.GET_ITER,
		bc.YIELD_VALUE, bc.GET_YIELD_FROM_ITER, bc.POP_BLOCK, bc.POP_EXCEPT, bc.CHECK_EXC_MATCH,
		bc.SETUP_ANNOTATIONS, bc.COPY_DICT_WITHOUT_KEYS:
		return 0
	case bc.SETUP_WITH:
		return 0
	case bc.SETUP_EXCEPT:
		if jump {
			return 1
		}
		return 0
	case bc.POP_TOP, bc.STORE_FAST, bc.STORE_DEREF, bc.STORE_NAME, bc.STORE_GLOBAL, bc.DELETE_ATTR,
		bc.BINARY_OP, bc.COMPARE_OP, bc.IS_OP, bc.CONTAINS_OP, bc.BINARY_SUBSCR, bc.LIST_APPEND, bc.SET_ADD,
		bc.SET_UPDATE, bc.DICT_UPDATE, bc.DICT_MERGE, bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE,
		bc.RETURN_VALUE, bc.YIELD_FROM, bc.RERAISE, bc.WITH_EXIT, bc.IMPORT_NAME, bc.IMPORT_STAR:
		return -1
	case bc.PUSH_NULL, bc.DUP_TOP, bc.LOAD_CONST, bc.LOAD_FAST, bc.LOAD_DEREF, bc.LOAD_CLOSURE,
		bc.LOAD_CLASSDEREF, bc.LOAD_NAME, bc.LOAD_GLOBAL, bc.LOAD_METHOD, bc.BEFORE_WITH, bc.WITH_EXCEPT,
		bc.IMPORT_FROM, bc.LOAD_BUILD_CLASS, bc.LOAD_ASSERTION_ERROR, bc.GET_LEN, bc.MATCH_MAPPING,
		bc.MATCH_SEQUENCE, bc.MATCH_KEYS:
		return 1
	case bc.DUP_TOP_TWO:
		return 2
	case bc.LIST_EXTEND:
		return -1
	case bc.STORE_ATTR, bc.DELETE_SUBSCR, bc.MAP_ADD, bc.MATCH_CLASS:
		return -2
	case bc.STORE_SUBSCR:
		return -3
	case bc.BUILD_SLICE, bc.BUILD_TUPLE, bc.BUILD_LIST, bc.BUILD_SET, bc.BUILD_STRING:
		return 1 - a
	case bc.BUILD_MAP:
		return 1 - 2*a
	case bc.FORMAT_VALUE:
		if a&4 != 0 {
			return -1
		}
		return 0
	case bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case bc.FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case bc.CALL:
		return -a - 1
	case bc.CALL_KW:
		return -a - 2
	case bc.CALL_EX:
		return -2 - a
	case bc.MAKE_FUNCTION:
		return -1 - bits.OnesCount(uint(a))
	case bc.RAISE_VARARGS:
		return -a
	case bc.EXCEPT_STAR:
		switch a {
		case bc.ExcStarMatch, bc.ExcStarRecord, bc.ExcStarEnd:
			return -1
		case bc.ExcStarCurrent:
			return 1
		}
		return 0
	case bc.UNPACK_SEQUENCE:
		return a - 1
	case bc.UNPACK_EX:
		return (a & 0xff) + (a >> 8)
	}
	return 0
}

func terminates(op bc.Opcode) bool {
	switch op {
	case bc.JUMP, bc.RETURN_VALUE, bc.RERAISE, bc.RAISE_VARARGS:
		return true
	}
	return false
}

// stackDepth computes the maximum value stack depth of code by walking its
// control flow graph.
func stackDepth(code *bc.Code) int {
	n := len(code.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	work := []int{0}
	depth[0] = 0
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		for i < n {
			in := code.Instrs[i]
			if in.Op.IsJump() {
				t := int(in.Arg)
				jd := d + stackEffect(in, true)
				if jd > max {
					max = jd
				}
				if jd > 1<<16 {
					panic(&Error{Msg: "internal: unbalanced stack in " + code.QualName, Line: int(code.Locs[i].Line)})
				}
				if depth[t] < jd {
					depth[t] = jd
					work = append(work, t)
				}
			}
			if terminates(in.Op) {
				break
			}
			d += stackEffect(in, false)
			if d > max {
				max = d
			}
			i++
			if i < n {
				if depth[i] >= d {
					break
				}
				depth[i] = d
			}
		}
	}
	return max + 2
}
