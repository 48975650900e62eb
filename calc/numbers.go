package calc

import (
	"strconv"
	"strings"

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
		if err != nil || !shortPlain(text) && !fastLiteral(text, f) {
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

// shortPlain reports whether a number literal without exponent has at
// most maxFloatDigits characters: it then has at most that many digits
// and lies in the normal float64 range, so it is a fast literal.
func shortPlain(text string) bool {
	return len(text) <= maxFloatDigits && strings.IndexAny(text, "eE") < 0
}
