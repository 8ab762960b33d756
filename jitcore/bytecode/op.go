// Package bytecode defines jitlens's instruction set and code objects.
//
// Instructions live in a flat slice so that the interpreter can later rewrite
// them in place (quickening) and attach inline caches by instruction index.
package bytecode

// Opcode is one instruction kind.
type Opcode uint8

// The instruction set. Stack effects are noted as [before] -> [after], top
// of stack last. A jump argument is an absolute instruction index.
const (
	NOP                    Opcode = iota
	POP_TOP                       // [a] -> []
	PUSH_NULL                     // [] -> [NULL]
	DUP_TOP                       // [a] -> [a a]
	DUP_TOP_TWO                   // [a b] -> [a b a b]
	ROT_TWO                       // [a b] -> [b a]
	ROT_THREE                     // [a b c] -> [c a b]
	ROT_FOUR                      // [a b c d] -> [d a b c]
	LOAD_CONST                    // arg: const index
	LOAD_FAST                     // arg: local slot
	STORE_FAST                    //
	DELETE_FAST                   //
	LOAD_DEREF                    // arg: cell index (cellvars then freevars)
	STORE_DEREF                   //
	DELETE_DEREF                  //
	LOAD_CLOSURE                  // pushes the cell itself
	LOAD_CLASSDEREF               // class body: namespace first, then the cell
	LOAD_NAME                     // arg: name index
	STORE_NAME                    //
	DELETE_NAME                   //
	LOAD_GLOBAL                   //
	STORE_GLOBAL                  //
	DELETE_GLOBAL                 //
	LOAD_ATTR                     // [o] -> [o.name]
	STORE_ATTR                    // [v o] -> []
	DELETE_ATTR                   // [o] -> []
	LOAD_METHOD                   // [o] -> [meth self] or [NULL attr]
	BINARY_OP                     // arg: syntax.Operator, +InplaceBase for augmented
	UNARY_OP                      // arg: syntax.UnaryOpKind
	COMPARE_OP                    // arg: syntax.CmpOp (Eq..GtE)
	IS_OP                         // arg: 1 for `is not`
	CONTAINS_OP                   // arg: 1 for `not in`
	BINARY_SUBSCR                 // [o k] -> [o[k]]
	STORE_SUBSCR                  // [v o k] -> []
	DELETE_SUBSCR                 // [o k] -> []
	BUILD_SLICE                   // arg: 2 or 3
	BUILD_TUPLE                   // arg: count
	BUILD_LIST                    //
	BUILD_SET                     //
	BUILD_MAP                     // arg: pairs
	BUILD_STRING                  // arg: count of str pieces
	LIST_APPEND                   // arg: depth of the list below TOS
	SET_ADD                       //
	MAP_ADD                       // [.. k v]
	LIST_EXTEND                   // arg: depth
	SET_UPDATE                    //
	DICT_UPDATE                   //
	DICT_MERGE                    // like DICT_UPDATE but duplicate keys are an error (calls)
	LIST_TO_TUPLE                 //
	FORMAT_VALUE                  // arg: conversion (0 none,1 s,2 r,3 a) | 4 if a spec is on the stack
	JUMP                          // arg: target
	POP_JUMP_IF_FALSE             //
	POP_JUMP_IF_TRUE              //
	JUMP_IF_FALSE_OR_POP          //
	JUMP_IF_TRUE_OR_POP           //
	GET_ITER                      //
	FOR_ITER                      // [it] -> [it v], or pops it and jumps to arg when exhausted
	CALL                          // arg: argc; [NULL|meth, f|self, args...] -> [result]
	CALL_KW                       // arg: argc incl. keywords; names tuple on top
	CALL_EX                       // arg: 1 if a kwargs dict is on top; [NULL f args kw?]
	MAKE_FUNCTION                 // arg: flags; [defaults? kwdefaults? annotations? closure? code qualname]
	RETURN_VALUE                  //
	YIELD_VALUE                   //
	GET_YIELD_FROM_ITER           //
	YIELD_FROM                    // [it v] -> [it] (suspends) ... -> [result] when done
	SETUP_EXCEPT                  // arg: handler; pushes a try block
	POP_BLOCK                     //
	POP_EXCEPT                    // ends an except handler: restores the handled exception
	RERAISE                       // [exc] -> raises exc again
	RAISE_VARARGS                 // arg: 0, 1 or 2
	CHECK_EXC_MATCH               // [exc type] -> [exc bool]
	BEFORE_WITH                   // [cm] -> [exit enter()]
	WITH_EXIT                     // [exit] -> [] calls exit(None, None, None)
	WITH_EXCEPT                   // [exit exc] -> [exit exc suppress?]
	UNPACK_SEQUENCE               // arg: count
	UNPACK_EX                     // arg: before | after<<8
	IMPORT_NAME                   // arg: name; [level fromlist] -> [module]
	IMPORT_FROM                   // arg: name; [module] -> [module attr]
	IMPORT_STAR                   //
	LOAD_BUILD_CLASS              //
	SETUP_ANNOTATIONS             //
	LOAD_ASSERTION_ERROR          //
	GET_LEN                       // [o] -> [o len(o)]
	MATCH_CLASS                   // arg: positional count; [subject cls names] -> [attrs tuple or None]
	MATCH_MAPPING                 // [o] -> [o bool]
	MATCH_SEQUENCE                // [o] -> [o bool]
	MATCH_KEYS                    // [o keys] -> [o keys values-tuple or None]
	COPY_DICT_WITHOUT_KEYS        // [o keys] -> [o rest]
	EXTENDED_NOP                  // placeholder slot for in-place rewriting
	SETUP_WITH                    // arg: handler; like SETUP_EXCEPT, the block level excludes TOS (the __enter__ result)
	EXCEPT_STAR                   // arg: ExcStar* step of an except* statement (see below)
	numOpcodes
)

// EXCEPT_STAR steps. The state is the except* bookkeeping: the exception
// caught, what is left to match, and what the handlers raised.
const (
	ExcStarBegin   = iota // [exc] -> [state]
	ExcStarMatch          // [state type] -> [state bool]: splits off the part matching type
	ExcStarCurrent        // [state] -> [state match]: the part the last match split off
	ExcStarRecord         // [state match raised] -> [state match]: a handler raised
	ExcStarEnd            // [state] -> []: raises what is left and what handlers raised, if anything
)

// InplaceBase is added to a BINARY_OP argument for an augmented assignment.
const InplaceBase = 16

// MAKE_FUNCTION flags.
const (
	FuncDefaults    = 1
	FuncKwDefaults  = 2
	FuncAnnotations = 4
	FuncClosure     = 8
)

var opNames = [...]string{
	"NOP", "POP_TOP", "PUSH_NULL", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR",
	"LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF",
	"DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
	"LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
	"LOAD_METHOD", "BINARY_OP", "UNARY_OP", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR",
	"STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET",
	"BUILD_MAP", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE",
	"DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "FORMAT_VALUE", "JUMP", "POP_JUMP_IF_FALSE",
	"POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER",
	"CALL", "CALL_KW", "CALL_EX", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE",
	"GET_YIELD_FROM_ITER", "YIELD_FROM", "SETUP_EXCEPT", "POP_BLOCK", "POP_EXCEPT", "RERAISE",
	"RAISE_VARARGS", "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXIT", "WITH_EXCEPT",
	"UNPACK_SEQUENCE", "UNPACK_EX", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
	"LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS", "LOAD_ASSERTION_ERROR", "GET_LEN", "MATCH_CLASS",
	"MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "COPY_DICT_WITHOUT_KEYS", "EXTENDED_NOP", "SETUP_WITH",
	"EXCEPT_STAR",
}

func (o Opcode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "OP?"
}

// IsJump reports whether the argument of o is an instruction index.
func (o Opcode) IsJump() bool {
	switch o {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, SETUP_EXCEPT, SETUP_WITH:
		return true
	}
	return false
}
