package calc

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/parser"
	"statcalc/stop"
	"statcalc/sym"
)

// scaleMatrix multiplies a matrix by a float64.
func scaleMatrix(m *Matrix, k float64) *Matrix {
	out := &Matrix{Rows: m.Rows, Cols: m.Cols, IsVector: m.IsVector}
	if m.IsNumeric() {
		out.Num = make([]float64, len(m.Num))
		for i, v := range m.Num {
			out.Num[i] = k * v
		}
		return out
	}
	out.Sym = make([]sym.Expr, len(m.Sym))
	for i, e := range m.Sym {
		pollEntry(i)
		if k == -1 {
			out.Sym[i] = sym.Neg(e) // keeps exact entries exact
		} else {
			out.Sym[i] = sym.Mul(sym.Float(k), e)
		}
	}
	return out
}

// scaleBy multiplies a matrix by a scalar expression.
func (s *Session) scaleBy(n *parser.Binary, m *Matrix, k sym.Expr) *Matrix {
	s.reserveMatrix(n.Pos, m.Rows, m.Cols, !m.IsNumeric() || !sym.IsNumber(k), "a product")
	if m.IsNumeric() && sym.IsNumber(k) {
		f, err := s.number(k)
		if err != nil {
			errorf(n.Pos, "%v", err)
		}
		return scaleMatrix(m, f)
	}
	out := &Matrix{Rows: m.Rows, Cols: m.Cols, IsVector: m.IsVector, Sym: make([]sym.Expr, m.Rows*m.Cols)}
	for i, e := range m.symbolic() {
		pollEntry(i)
		out.Sym[i] = sym.Mul(k, e)
	}
	return out
}

func sameShape(a, b *Matrix) bool { return a.Rows == b.Rows && a.Cols == b.Cols }

func (s *Session) addMatrices(n *parser.Binary, a, b *Matrix) *Matrix {
	if !sameShape(a, b) || a.IsVector != b.IsVector {
		errorf(n.Pos, "cannot %s %s and %s: the shapes differ", opNames[n.Op], a.Kind(), b.Kind())
	}
	sign := 1.0
	if n.Op == parser.Minus {
		sign = -1
	}
	s.reserveMatrix(n.Pos, a.Rows, a.Cols, !a.IsNumeric() || !b.IsNumeric(), "a sum")
	out := &Matrix{Rows: a.Rows, Cols: a.Cols, IsVector: a.IsVector}
	if a.IsNumeric() && b.IsNumeric() {
		out.Num = make([]float64, len(a.Num))
		for i := range a.Num {
			out.Num[i] = a.Num[i] + sign*b.Num[i]
		}
		return out
	}
	as, bs := a.symbolic(), b.symbolic()
	out.Sym = make([]sym.Expr, len(as))
	for i := range as {
		pollEntry(i)
		if sign > 0 {
			out.Sym[i] = sym.Add(as[i], bs[i])
		} else {
			out.Sym[i] = sym.Sub(as[i], bs[i])
		}
	}
	return out
}

// mulMatrices is the matrix product; a matrix times a vector is a vector.
func (s *Session) mulMatrices(n *parser.Binary, a, b *Matrix) *Matrix {
	if a.Cols != b.Rows {
		if a.IsVector && b.IsVector {
			errorf(n.Pos, "cannot multiply %s by %s: use dot(u, v) for the inner product", a.Kind(), b.Kind())
		}
		errorf(n.Pos, "cannot multiply %s by %s: %d columns against %d rows", a.Kind(), b.Kind(), a.Cols, b.Rows)
	}
	numeric := a.IsNumeric() && b.IsNumeric()
	s.reserveMatrix(n.Pos, a.Rows, b.Cols, !numeric, "a product")
	if numeric {
		// gonum's result, then the copy kept.
		s.reserveMatrix(n.Pos, a.Rows, b.Cols, false, "a product")
	}
	if a.IsNumeric() && b.IsNumeric() {
		var c mat.Dense
		stop.Run(func() { c.Mul(a.Dense(), b.Dense()) })
		out := fromDense(&c)
		out.IsVector = b.IsVector
		return out
	}
	as, bs := a.symbolic(), b.symbolic()
	out := &Matrix{Rows: a.Rows, Cols: b.Cols, IsVector: b.IsVector, Sym: make([]sym.Expr, a.Rows*b.Cols)}
	terms := make([]sym.Expr, a.Cols)
	for i := 0; i < a.Rows; i++ {
		for j := 0; j < b.Cols; j++ {
			for k := 0; k < a.Cols; k++ {
				pollEntry(k)
				terms[k] = sym.Mul(as[i*a.Cols+k], bs[k*b.Cols+j])
			}
			out.Sym[i*b.Cols+j] = sym.Add(terms...)
		}
	}
	return out
}

// maxFlops bounds the floating-point work of one matrix power.
const maxFlops = 1e11

// matrixPower raises a square numeric matrix to an integer power by
// repeated squaring; a negative power inverts first.
func (s *Session) matrixPower(n *parser.Binary, m *Matrix, k sym.Expr) *Matrix {
	s.requireSquare(n.Pos, m, "^")
	if !m.IsNumeric() {
		errorf(n.Pos, "powers of symbolic matrices are not supported")
	}
	f := s.numberArg(n.Y.Position(), Scalar{E: k}, "a matrix power")
	if f != math.Trunc(f) || math.Abs(f) > 1<<30 {
		errorf(n.Y.Position(), "a matrix power must be a whole number, not %v", f)
	}
	p := int(f)
	s.reserveCopies(n.Pos, m.Rows, m.Cols, 3, "a matrix power") // result, square and copy
	if n3 := float64(m.Rows) * float64(m.Rows) * float64(m.Rows); n3*2*math.Log2(math.Abs(f)+1) > maxFlops {
		errorf(n.Pos, "matrix power too costly: a %d×%d matrix to the power %d", m.Rows, m.Cols, p)
	}
	base := m.Dense()
	if p < 0 {
		base = s.inverse(n.Pos, m)
		p = -p
	}
	result := mat.NewDense(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		result.Set(i, i, 1)
	}
	sq := mat.DenseCopyOf(base)
	stop.Run(func() {
		for p > 0 {
			if p&1 == 1 {
				result.Mul(result, sq)
			}
			p >>= 1
			if p > 0 {
				sq.Mul(sq, sq)
			}
		}
	})
	return s.finiteMatrix(n.Pos, fromDense(result))
}

func (s *Session) requireSquare(pos parser.Pos, m *Matrix, fn string) {
	if m.IsVector || m.Rows != m.Cols {
		errorf(pos, "%s needs a square matrix, not %s", fn, m.Kind())
	}
}

func (s *Session) requireNumeric(pos parser.Pos, m *Matrix, fn string) {
	if !m.IsNumeric() {
		errorf(pos, "%s needs a numeric matrix; this one has symbolic entries", fn)
	}
}

// finiteMatrix rejects a result with an infinite or NaN entry.
func (s *Session) finiteMatrix(pos parser.Pos, m *Matrix) *Matrix {
	for _, v := range m.Num {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			errorf(pos, "overflow: the result has entries out of range")
		}
	}
	return m
}

// inverse returns the inverse of a square numeric matrix, or stops with an
// error when it is singular to working precision.
func (s *Session) inverse(pos parser.Pos, m *Matrix) *mat.Dense {
	var inv mat.Dense
	var err error
	stop.Run(func() { err = inv.Inverse(m.Dense()) })
	if err != nil {
		if _, ok := err.(mat.Condition); ok && !math.IsInf(float64(err.(mat.Condition)), 1) {
			errorf(pos, "matrix is nearly singular (condition number %.3g): its inverse cannot be trusted", float64(err.(mat.Condition)))
		}
		errorf(pos, "matrix is singular")
	}
	return &inv
}

// symmetricEigen returns the eigenvalues (ascending) of a symmetric matrix.
func symmetricEigen(m *Matrix) ([]float64, bool) {
	var e mat.EigenSym
	// dist.FactorizeEigen avoids a gonum panic on badly scaled matrices.
	if !dist.FactorizeEigen(&e, mat.NewSymDense(m.Rows, m.Num)) {
		return nil, false
	}
	return e.Values(nil), true
}

// isSymmetric reports whether a numeric square matrix equals its transpose.
func isSymmetric(m *Matrix) bool {
	for i := 0; i < m.Rows; i++ {
		for j := i + 1; j < m.Cols; j++ {
			if m.Num[i*m.Cols+j] != m.Num[j*m.Cols+i] {
				return false
			}
		}
	}
	return true
}
