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

// scaleBy multiplies a matrix by a scalar expression: in float64 when
// both are numeric, exactly otherwise (1/3 or log(2) times a numeric
// matrix gives an exact one).
func (s *Session) scaleBy(n *parser.Binary, m *Matrix, k sym.Expr) *Matrix {
	s.reserveMatrix(n.Pos, m.Rows, m.Cols, !m.IsNumeric() || !sym.IsNumber(k), "a product")
	if f, ok := carriedFloat(k); ok && m.IsNumeric() {
		if out := scaleMatrix(m, f); f == 0 || keptRange(m.Num, out.Num) {
			return out
		}
		// Beyond float64: the exact product keeps the digits.
	} else if m.IsNumeric() && sym.IsNumber(k) && m.Rows*m.Cols > maxExactSide*maxExactSide {
		// A large numeric matrix times a constant such as 1/3 or e stays
		// numeric: exact entries would cost far more than the product.
		f, err := s.number(k)
		if err != nil {
			errorf(n.Pos, "%v", err)
		}
		if out := scaleMatrix(m, f); f == 0 || keptRange(m.Num, out.Num) {
			return out
		}
		errorf(n.Pos, "a %d×%d matrix times %s: its entries leave the float64 range, and a matrix this large is not kept exact", m.Rows, m.Cols, s.scalarText(k))
	}
	out := &Matrix{Rows: m.Rows, Cols: m.Cols, IsVector: m.IsVector, Sym: make([]sym.Expr, m.Rows*m.Cols)}
	for i, e := range m.exact() {
		pollEntry(i)
		out.Sym[i] = sym.Mul(k, e)
		s.checkFinite(n.Pos, out.Sym[i])
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
		if finite(out.Num) {
			return out
		}
		out.Num = nil // beyond float64: the symbolic sum keeps the digits
	}
	as, bs := a.exact(), b.exact()
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
		if finite(out.Num) {
			return out
		}
		if float64(a.Rows)*float64(a.Cols)*float64(b.Cols) > maxExactProduct {
			errorf(n.Pos, "overflow: the product has entries beyond the float64 range")
		}
		// Beyond float64: the symbolic product keeps the digits.
	}
	if a.hasSymbols() || b.hasSymbols() {
		return s.symProduct(a, b)
	}
	as, bs := a.exact(), b.exact()
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
	if m.hasSymbols() {
		return s.symPower(n, m, k)
	}
	if p, ok := s.exactPower(n.Pos, m, k); ok {
		return p
	}
	m = s.numericMatrix(n.Pos, m, "^")
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
// error when it is singular to working precision. Singularity is judged by
// the condition number, not by the size of the entries or the determinant:
// each row is first scaled by a power of two (exactly) so that its largest
// entry lies in [1, 2), A = D⁻¹B, and then A⁻¹ = B⁻¹D, with the condition
// number of B deciding. [[1e-308, 0], [0, 1e-308]] is perfectly conditioned.
// Entries of A⁻¹ beyond the float64 range are an error here; invExact keeps
// them.
func (s *Session) inverse(pos parser.Pos, m *Matrix) *mat.Dense {
	inv, exps := s.scaledInverse(pos, m)
	n := m.Rows
	out := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := math.Ldexp(inv.At(i, j), exps[j])
			if math.IsInf(v, 0) {
				errorf(pos, "overflow: the inverse has entries beyond the float64 range")
			}
			out.Set(i, j, v)
		}
	}
	return out
}

// scaledInverse returns B⁻¹ for B = D A, with D = diag(2^exps) chosen so
// that each row of B has its largest entry in [1, 2); A⁻¹ = B⁻¹ D.
func (s *Session) scaledInverse(pos parser.Pos, m *Matrix) (*mat.Dense, []int) {
	n := m.Rows
	b := mat.NewDense(n, n, nil)
	exps := make([]int, n)
	for i := 0; i < n; i++ {
		big := 0.0
		for j := 0; j < n; j++ {
			big = math.Max(big, math.Abs(m.Num[i*n+j]))
		}
		if big == 0 {
			errorf(pos, "matrix is singular (row %d is zero)", i+1)
		}
		exps[i] = -math.Ilogb(big)
		for j := 0; j < n; j++ {
			b.Set(i, j, math.Ldexp(m.Num[i*n+j], exps[i]))
		}
	}
	var inv mat.Dense
	var err error
	stop.Run(func() { err = inv.Inverse(b) })
	if err != nil {
		cond, ok := err.(mat.Condition)
		if ok && !math.IsInf(float64(cond), 1) {
			errorf(pos, "matrix is nearly singular (condition number %.3g): its inverse cannot be trusted", float64(cond))
		}
		errorf(pos, "matrix is singular")
	}
	return &inv, exps
}

// invExact is inv(A) with entries beyond the float64 range kept exactly:
// each is B⁻¹ᵢⱼ·2^e, a float64 times an exact power of two.
func (s *Session) invExact(pos parser.Pos, m *Matrix) *Matrix {
	inv, exps := s.scaledInverse(pos, m)
	n := m.Rows
	out := &Matrix{Rows: n, Cols: n, Num: make([]float64, n*n)}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			out.Num[i*n+j] = math.Ldexp(inv.At(i, j), exps[j])
		}
	}
	if keptRange(inv.RawMatrix().Data, out.Num) {
		return out
	}
	out.Num, out.Sym = nil, make([]sym.Expr, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			out.Sym[i*n+j] = sym.Mul(exactFloat(inv.At(i, j)), sym.Pow(sym.Int(2), sym.Int(int64(exps[j]))))
		}
	}
	return out
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
