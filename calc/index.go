package calc

import (
	"fmt"
	"math"

	"statcalc/parser"
	"statcalc/sym"
)

// indexHelp is the text of :help index.
const indexHelp = `v[i], A[i, j], v[i:j], A[i:j, k], A[:, k]
  entries and slices of vectors and matrices, on any expression (inv(S)[1, 2], mean(p)[1]);
  indices count from 1 and a range i:j includes both ends (v[2:3] is two entries);
  a missing end means the first or last (A[2:, 1]); write the bracket right after the
  operand: v [1] with a space is not an index
  example: [[1, 2], [3, 4]][1:2, 2]`

// index evaluates v[i], A[i, j] and slices such as A[1:2, 3] or A[:, 1].
// Indices count from 1 and ranges include both ends. An entry is a
// scalar; a range in one position and a single index in the other gives
// a vector; two ranges give a matrix.
func (s *Session) index(n *parser.Index) Value {
	x := s.eval(n.X)
	m, ok := x.(*Matrix)
	if !ok {
		errorf(n.Lbrack, "cannot index %s: only vectors and matrices have entries", describe(x))
	}
	if m.IsVector {
		if len(n.Subs) != 1 {
			errorf(n.Lbrack, "%s takes one index, v[i], not %d", m.Kind(), len(n.Subs))
		}
		lo, hi := s.subscript(n.Subs[0], m.Rows, "entry", m)
		if !n.Subs[0].Range {
			return Scalar{E: m.At(lo, 0)}
		}
		return m.submatrix(lo, hi, 0, 0, true)
	}
	if len(n.Subs) != 2 {
		errorf(n.Lbrack, "%s takes two indices, A[i, j], not %d", m.Kind(), len(n.Subs))
	}
	r0, r1 := s.subscript(n.Subs[0], m.Rows, "row", m)
	c0, c1 := s.subscript(n.Subs[1], m.Cols, "column", m)
	rowRange, colRange := n.Subs[0].Range, n.Subs[1].Range
	switch {
	case !rowRange && !colRange:
		return Scalar{E: m.At(r0, c0)}
	case rowRange && colRange:
		return m.submatrix(r0, r1, c0, c1, false)
	}
	return m.submatrix(r0, r1, c0, c1, true)
}

// subscript evaluates one subscript against a dimension of size n and
// returns the 0-based inclusive range it selects.
func (s *Session) subscript(sub parser.Subscript, n int, what string, m *Matrix) (lo, hi int) {
	lo, hi = 0, n-1
	if sub.Lo != nil {
		lo = s.indexValue(sub.Lo, n, what, m)
	}
	if !sub.Range {
		return lo, lo
	}
	if sub.Hi != nil {
		hi = s.indexValue(sub.Hi, n, what, m)
	}
	if lo > hi {
		errorf(sub.Pos, "empty range %d:%d: a range i:j needs i ≤ j (both ends are included)", lo+1, hi+1)
	}
	return lo, hi
}

// indexValue evaluates a 1-based index and checks it against size n.
func (s *Session) indexValue(e parser.Node, n int, what string, m *Matrix) int {
	v := s.eval(e)
	f := s.numberArg(e.Position(), v, "an index")
	if f != math.Trunc(f) {
		errorf(e.Position(), "an index must be a whole number, not %s", formatShort(f))
	}
	if f < 1 || f > float64(n) {
		errorf(e.Position(), "index %s out of range: %s has %s (indices count from 1)",
			formatShort(f), m.Kind(), countOf(n, what))
	}
	return int(f) - 1
}

func countOf(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if what == "entry" {
		return fmt.Sprintf("%d entries", n)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// submatrix copies rows r0…r1 and columns c0…c1 (0-based, inclusive),
// as a vector when asVector is set.
func (m *Matrix) submatrix(r0, r1, c0, c1 int, asVector bool) *Matrix {
	rows, cols := r1-r0+1, c1-c0+1
	out := &Matrix{Rows: rows, Cols: cols}
	if asVector {
		out.Rows, out.Cols, out.IsVector = rows*cols, 1, true
	}
	if m.IsNumeric() {
		out.Num = make([]float64, 0, rows*cols)
	} else {
		out.Sym = make([]sym.Expr, 0, rows*cols)
	}
	for i := r0; i <= r1; i++ {
		for j := c0; j <= c1; j++ {
			if m.IsNumeric() {
				out.Num = append(out.Num, m.Num[i*m.Cols+j])
			} else {
				out.Sym = append(out.Sym, m.Sym[i*m.Cols+j])
			}
		}
	}
	return out
}
