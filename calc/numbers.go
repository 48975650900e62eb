package calc

import (
	"statcalc/parser"
)

// numbers evaluates a literal of plain numbers read whole by the parser,
// whose float64 entries are exactly the literals' values (see
// parser.PlainFloat and fastLiteral): the matrix shares them, as values
// are never modified in place.
func (s *Session) numbers(n *parser.Numbers) Value {
	what := "a vector literal"
	if n.Matrix {
		what = "a matrix literal"
	}
	s.reserveMatrix(n.Pos, n.Rows, n.Cols, false, what)
	return &Matrix{Rows: n.Rows, Cols: n.Cols, Num: n.Values, IsVector: !n.Matrix}
}
