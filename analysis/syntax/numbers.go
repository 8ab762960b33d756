package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// number converts a NUMBER token to its Constant.
func (p *parser) number(t *Token) Expr {
	v := numberValue(p.text(t))
	return &Constant{Pos: tokPos(t), Value: v}
}

// numberValue returns the value of a numeric literal the tokenizer
// accepted: int64 or *big.Int, float64, or complex128.
func numberValue(s string) any {
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		return complex(0, parseFloat(s[:len(s)-1]))
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base)
		}
	}
	if strings.ContainsAny(s, ".eE") {
		return parseFloat(s)
	}
	return parseInt(s, 10)
}

func parseInt(s string, base int) any {
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return int64(0)
	}
	return b
}

// parseFloat parses like Python's float(): overflow gives infinity and
// underflow zero.
func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		return 0
	}
	return f
}
