package calc

import (
	"math"
	"strconv"

	"statcalc/parser"
	"statcalc/sym"
)

// Matrices whose entries have free symbols take exact, fraction-free
// elimination in sym (sym.Det, sym.Solve, sym.Inverse, sym.MatMul,
// sym.MatPow); numeric ones keep gonum.

// hasSymbols reports whether some entry of m has a free symbol.
func (m *Matrix) hasSymbols() bool {
	for _, e := range m.Sym {
		if !sym.IsNumber(e) {
			return true
		}
	}
	return false
}

// exact returns the entries of m with each float64 entry replaced by the
// exact decimal it prints as (0.5 becomes 1/2), so that elimination can
// cancel common factors exactly.
func (m *Matrix) exact() []sym.Expr {
	es := m.symbolic()
	out := make([]sym.Expr, len(es))
	for i, e := range es {
		out[i] = e
		if f, ok := sym.AsFloat(e); ok && !math.IsInf(f, 0) && !math.IsNaN(f) {
			if r, err := sym.ParseNumber(strconv.FormatFloat(f, 'g', -1, 64)); err == nil {
				out[i] = r
			}
		}
	}
	return out
}

// symError reports an error of symbolic linear algebra at pos.
func symError(pos parser.Pos, fn string, err error) {
	errorf(pos, "%s: %v", fn, err)
}

func (s *Session) symDet(pos parser.Pos, m *Matrix) Value {
	d, err := sym.Det(m.exact(), m.Rows, s.assume)
	if err != nil {
		symError(pos, "det", err)
	}
	return Scalar{E: d}
}

func (s *Session) symInv(pos parser.Pos, m *Matrix) *Matrix {
	inv, err := sym.Inverse(m.exact(), m.Rows, s.assume)
	if err != nil {
		symError(pos, "inv", err)
	}
	return &Matrix{Rows: m.Rows, Cols: m.Cols, Sym: inv}
}

// symSolve solves A x = b (b a vector or a matrix) exactly.
func (s *Session) symSolve(pos parser.Pos, m, b *Matrix) *Matrix {
	x, err := sym.Solve(m.exact(), m.Rows, b.exact(), b.Cols, s.assume)
	if err != nil {
		symError(pos, "solve", err)
	}
	return &Matrix{Rows: b.Rows, Cols: b.Cols, IsVector: b.IsVector, Sym: x}
}

// symLogDet is log(det A), simplified.
func (s *Session) symLogDet(pos parser.Pos, m *Matrix) Value {
	d, err := sym.Det(m.exact(), m.Rows, s.assume)
	if err != nil {
		symError(pos, "logdet", err)
	}
	if sym.IsNumber(d) {
		if f, err := sym.Float64(d); err == nil && f <= 0 {
			errorf(pos, "logdet: the determinant simplifies to %s, not a positive number", sym.Format(d))
		}
	}
	l, err := sym.Call("log", d)
	if err != nil {
		errorf(pos, "logdet: %v", err)
	}
	return Scalar{E: sym.Simplify(l, s.assume)}
}

// symProduct is the product of two matrices one of which has symbols,
// entries simplified.
func (s *Session) symProduct(a, b *Matrix) *Matrix {
	p := sym.MatMul(a.exact(), a.Rows, a.Cols, b.exact(), b.Cols, s.assume)
	return &Matrix{Rows: a.Rows, Cols: b.Cols, IsVector: b.IsVector, Sym: p}
}

// symPower raises a symbolic square matrix to a whole-number power.
func (s *Session) symPower(n *parser.Binary, m *Matrix, k sym.Expr) *Matrix {
	if !sym.IsNumber(k) {
		errorf(n.Y.Position(), "a matrix power must be a whole number, not the expression %s", sym.Format(k))
	}
	f := s.numberArg(n.Y.Position(), Scalar{E: k}, "a matrix power")
	if f != math.Trunc(f) || math.Abs(f) > 1<<30 {
		errorf(n.Y.Position(), "a matrix power must be a whole number, not %v", f)
	}
	p, err := sym.MatPow(m.exact(), m.Rows, int(f), s.assume)
	if err != nil {
		symError(n.Pos, "^", err)
	}
	return &Matrix{Rows: m.Rows, Cols: m.Cols, Sym: p}
}
