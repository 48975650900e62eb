package calc

import (
	"math"
	"strconv"

	"statcalc/parser"
)

// numbers evaluates a literal of plain numbers read whole by the parser.
// When every entry is a fast literal (see fastLiteral) the matrix is
// numeric and built straight from the text; otherwise the literal is
// evaluated entry by entry like any list, with the same result.
func (s *Session) numbers(n *parser.Numbers) Value {
	what := "a vector literal"
	if n.Matrix {
		what = "a matrix literal"
	}
	reserved := s.stmtBytes
	s.reserveMatrix(n.Pos, n.Rows, n.Cols, false, what)
	num := make([]float64, n.Len())
	for i := range num {
		pollEntry(i)
		text, negative := n.Entry(i)
		f, err := strconv.ParseFloat(text, 64)
		if err != nil || !plainFloat(text, f) && !fastLiteral(text, f) {
			s.stmtBytes = reserved // list reserves its own
			return s.list(n.List())
		}
		if negative {
			f = -f
		}
		num[i] = f
	}
	return &Matrix{Rows: n.Rows, Cols: n.Cols, Num: num, IsVector: !n.Matrix}
}

// plainFloat is a quick sufficient test for fastLiteral: a literal
// without exponent, with at most maxFloatDigits digits from its first
// nonzero one on, whose float64 is zero only if every digit is.
func plainFloat(text string, f float64) bool {
	digits, nonzero := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '.':
		case c == '0' && !nonzero:
		case '0' <= c && c <= '9':
			nonzero = true
			digits++
		default:
			return false // an exponent
		}
	}
	if !nonzero {
		return true // zero
	}
	a := math.Abs(f)
	return digits <= maxFloatDigits && a >= smallestNormal && a <= math.MaxFloat64
}
