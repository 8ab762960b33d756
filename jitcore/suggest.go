package jitcore

import "sort"

// Suggestions for AttributeError and NameError ("Did you mean: ...?"),
// with CPython 3.11's weighted Levenshtein distance and limits.

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	suggestMoveCost  = 2
	suggestCaseCost  = 1
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substitutionCost(code, a[ai])
			distance = buf[ai]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func suggest(candidates []string, name string) string {
	if len(candidates) >= suggestMaxItems {
		return ""
	}
	best := ""
	bestDist := int(^uint(0) >> 1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func dictKeys(d *Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := asStr(k); ok {
			out = append(out, s)
		}
	}
	return out
}

// suggestion computes the "Did you mean" hint for exc, or "".
func (vm *VM) suggestion(exc *Exception) string {
	if exc.cls.isSubtype(AttributeErrorType) && exc.attrObj.k != kNull {
		r, err := builtinDir(vm, []Value{exc.attrObj}, nil)
		if err != nil {
			return ""
		}
		var names []string
		for _, v := range r.o.(*List).values() {
			if s, ok := asStr(v); ok {
				names = append(names, s)
			}
		}
		sort.Strings(names)
		return suggest(names, exc.attrName)
	}
	if exc.cls.isSubtype(NameErrorType) && exc.attrName != "" && len(exc.tb) > 0 {
		code := exc.tb[0].code
		if s := suggest(code.VarNames, exc.attrName); s != "" {
			return s
		}
		if exc.nameGlobals != nil {
			if s := suggest(dictKeys(exc.nameGlobals), exc.attrName); s != "" {
				return s
			}
		}
		return suggest(dictKeys(vm.builtins), exc.attrName)
	}
	return ""
}
