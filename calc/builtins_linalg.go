package calc

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/sym"
)

func init() {
	for _, f := range []struct{ name, sig, doc, ex string }{
		{"sin", "sin(x)", "sine (x in radians)", "sin(pi/6)"},
		{"cos", "cos(x)", "cosine (x in radians)", "cos(pi/3)"},
		{"tanh", "tanh(x)", "hyperbolic tangent (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)", "tanh(1)"},
		{"sigmoid", "sigmoid(x)", "logistic function 1/(1 + e⁻ˣ); d/dx sigmoid(x) = sigmoid(x) (1 − sigmoid(x))", "sigmoid(0)"},
	} {
		name := f.name
		register(&Builtin{Name: name, Signature: f.sig, Doc: f.doc, Example: f.ex, Group: "functions",
			min: 1, max: 1, fn: func(s *Session, a *args) Value { return s.elementary(name, a) }})
	}
	register(
		&Builtin{Name: "solve", Signature: "solve(A, b)", Doc: "x with A x = b (b a vector or a matrix), without forming inv(A)",
			Example: "solve([[2, 1], [1, 3]], [1, 2])", Group: "linear algebra", min: 2, max: 2, fn: fnSolve},
		&Builtin{Name: "logdet", Signature: "logdet(A)", Doc: "log det A for det A > 0, through a Cholesky or LU factorisation",
			Example: "logdet([[2, 1], [1, 2]])", Group: "linear algebra", min: 1, max: 1, fn: fnLogDet},
		&Builtin{Name: "sum", Signature: "sum(v)", Doc: "sum of the entries of a vector or matrix",
			Example: "sum([1, 2, 3])", Group: "linear algebra", min: 1, max: 1, fn: fnSum},
		&Builtin{Name: "norm", Signature: "norm(v)", Doc: "Euclidean norm √(Σ vᵢ²) of a vector; Frobenius norm √(Σ Aᵢⱼ²) of a matrix",
			Example: "norm([3, 4])", Group: "linear algebra", min: 1, max: 1, fn: fnNorm},
		&Builtin{Name: "zeros", Signature: "zeros(n [, m])", Doc: "the n-vector of zeros, or the n×m matrix of zeros",
			Example: "zeros(2, 3)", Group: "linear algebra", min: 1, max: 2, fn: fnZeros},
		&Builtin{Name: "ones", Signature: "ones(n [, m])", Doc: "the n-vector of ones, or the n×m matrix of ones",
			Example: "ones(3)", Group: "linear algebra", min: 1, max: 2, fn: fnOnes},
		&Builtin{Name: "outer", Signature: "outer(u, v)", Doc: "outer product u vᵀ of two vectors",
			Example: "outer([1, 2], [3, 4, 5])", Group: "linear algebra", min: 2, max: 2, fn: fnOuter},
		&Builtin{Name: "sqrtm", Signature: "sqrtm(A)", Doc: "symmetric square root S of a symmetric positive semi-definite A (S S = A), from its eigendecomposition",
			Example: "sqrtm([[2, 1], [1, 2]])", Group: "linear algebra", min: 1, max: 1, fn: fnSqrtm},
		&Builtin{Name: "logsumexp", Signature: "logsumexp(v)", Doc: "log Σ exp(vᵢ), computed as m + log Σ exp(vᵢ − m) with m = max vᵢ so that it neither overflows nor underflows",
			Example: "logsumexp([1000, 1000])", Group: "linear algebra", min: 1, max: 1, fn: fnLogSumExp},
	)
}

// finiteScalar returns a numeric result, or stops with an overflow error
// when it is not finite.
func (s *Session) finiteScalar(a *args, v float64) Value {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		errorf(a.call.Pos, "overflow: %s is out of range", a.call.Fun)
	}
	return Scalar{E: sym.Float(v)}
}

func fnSolve(s *Session, a *args) Value {
	m, b := s.matrixArg(a, 0), s.matrixArg(a, 1)
	s.requireSquare(a.call.Pos, m, "solve")
	if b.Rows != m.Rows {
		errorf(a.pos[1], "solve: the right-hand side is %s, but A is %d×%d: it needs %d rows", b.Kind(), m.Rows, m.Cols, m.Rows)
	}
	if m.hasSymbols() || b.hasSymbols() {
		return s.symSolve(a.call.Pos, m, b)
	}
	m = s.numericMatrix(a.call.Pos, m, "solve")
	b = s.numericMatrix(a.pos[1], b, "solve")
	var x mat.Dense
	if err := x.Solve(m.Dense(), b.Dense()); err != nil {
		if c, ok := err.(mat.Condition); ok && !math.IsInf(float64(c), 1) {
			errorf(a.call.Pos, "solve: matrix is nearly singular (condition number %.3g): the solution cannot be trusted", float64(c))
		}
		errorf(a.call.Pos, "solve: matrix is singular")
	}
	out := fromDense(&x)
	out.IsVector = b.IsVector
	return s.finiteMatrix(a.call.Pos, out)
}

func fnLogDet(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "logdet")
	if m.hasSymbols() {
		return s.symLogDet(a.call.Pos, m)
	}
	m = s.numericMatrix(a.call.Pos, m, "logdet")
	if isSymmetric(m) {
		var c mat.Cholesky
		if c.Factorize(mat.NewSymDense(m.Rows, m.Num)) {
			return Scalar{E: sym.Float(c.LogDet())}
		}
	}
	var lu mat.LU
	lu.Factorize(m.Dense())
	l, sign := lu.LogDet()
	switch {
	case sign == 0 || math.IsInf(l, -1):
		errorf(a.call.Pos, "logdet: matrix is singular (det A = 0)")
	case sign < 0:
		errorf(a.call.Pos, "logdet: det A = %s is negative; logdet needs det A > 0", formatShort(-math.Exp(l)))
	}
	return Scalar{E: sym.Float(l)}
}

func fnSum(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	if m.IsNumeric() {
		return s.finiteScalar(a, floats.Sum(m.Num))
	}
	return Scalar{E: sym.Add(m.Sym...)}
}

func fnNorm(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	if m.IsNumeric() {
		return s.finiteScalar(a, floats.Norm(m.Num, 2))
	}
	squares := make([]sym.Expr, len(m.Sym))
	for i, e := range m.Sym {
		squares[i] = sym.Pow(e, sym.Int(2))
	}
	r, err := sym.Call("sqrt", sym.Add(squares...))
	if err != nil {
		errorf(a.call.Pos, "norm: %v", err)
	}
	return Scalar{E: sym.Simplify(r, s.assume)}
}

// filled returns the n-vector, or with a second argument the n×m matrix,
// with every entry v.
func (s *Session) filled(a *args, v float64) Value {
	n := s.intArg(a.pos[0], a.vals[0], a.call.Fun+": the number of rows", 1, maxDim)
	if len(a.vals) == 1 {
		data := make([]float64, n)
		for i := range data {
			data[i] = v
		}
		return newVector(data)
	}
	c := s.intArg(a.pos[1], a.vals[1], a.call.Fun+": the number of columns", 1, maxDim)
	if n*c > maxEntries {
		errorf(a.call.Pos, "%s: matrix too large (more than %d entries)", a.call.Fun, maxEntries)
	}
	data := make([]float64, n*c)
	for i := range data {
		data[i] = v
	}
	return newNumMatrix(n, c, data)
}

func fnZeros(s *Session, a *args) Value { return s.filled(a, 0) }
func fnOnes(s *Session, a *args) Value  { return s.filled(a, 1) }

func fnOuter(s *Session, a *args) Value {
	u, v := s.matrixArg(a, 0), s.matrixArg(a, 1)
	if !u.IsVector || !v.IsVector {
		errorf(a.call.Pos, "outer needs two vectors, not %s and %s", u.Kind(), v.Kind())
	}
	if u.Rows*v.Rows > maxEntries {
		errorf(a.call.Pos, "outer: matrix too large (more than %d entries)", maxEntries)
	}
	if u.IsNumeric() && v.IsNumeric() {
		var o mat.Dense
		o.Outer(1, mat.NewVecDense(u.Rows, u.Num), mat.NewVecDense(v.Rows, v.Num))
		return s.finiteMatrix(a.call.Pos, fromDense(&o))
	}
	us, vs := u.symbolic(), v.symbolic()
	out := &Matrix{Rows: u.Rows, Cols: v.Rows, Sym: make([]sym.Expr, u.Rows*v.Rows)}
	for i := range us {
		for j := range vs {
			out.Sym[i*v.Rows+j] = sym.Mul(us[i], vs[j])
		}
	}
	return out
}

// fnSqrtm returns Q diag(√λ) Qᵀ from the eigendecomposition A = Q diag(λ) Qᵀ
// (Higham, Functions of Matrices, SIAM 2008, §6.1). Eigenvalues that are
// negative only by rounding (above −n·ε·max|λ|) are taken as 0.
func fnSqrtm(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "sqrtm")
	m = s.numericMatrix(a.call.Pos, m, "sqrtm")
	if !isSymmetric(m) {
		errorf(a.call.Pos, "sqrtm needs a symmetric matrix")
	}
	var e mat.EigenSym
	if !dist.FactorizeEigen(&e, mat.NewSymDense(m.Rows, m.Num)) {
		errorf(a.call.Pos, "sqrtm: the eigenvalue iteration did not converge")
	}
	vals := e.Values(nil)
	var q mat.Dense
	e.VectorsTo(&q)
	scale := math.Max(math.Abs(vals[0]), math.Abs(vals[len(vals)-1]))
	tol := float64(m.Rows) * epsilon * scale
	root := make([]float64, len(vals))
	for i, l := range vals {
		if l < -tol {
			errorf(a.call.Pos, "sqrtm: matrix is not positive semi-definite (eigenvalue %s)", formatShort(l))
		}
		root[i] = math.Sqrt(math.Max(l, 0))
	}
	var qd, r mat.Dense
	qd.Mul(&q, mat.NewDiagDense(len(root), root))
	r.Mul(&qd, q.T())
	out := fromDense(&r)
	for i := 0; i < out.Rows; i++ {
		for j := i + 1; j < out.Cols; j++ { // symmetric by construction
			v := (out.Num[i*out.Cols+j] + out.Num[j*out.Cols+i]) / 2
			out.Num[i*out.Cols+j], out.Num[j*out.Cols+i] = v, v
		}
	}
	return s.finiteMatrix(a.call.Pos, out)
}

func fnLogSumExp(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	if m.IsNumeric() {
		return s.finiteScalar(a, floats.LogSumExp(m.Num))
	}
	terms := make([]sym.Expr, len(m.Sym))
	for i, e := range m.Sym {
		terms[i] = sym.Pow(sym.E, e)
	}
	l, err := sym.Call("log", sym.Add(terms...))
	if err != nil {
		errorf(a.call.Pos, "logsumexp: %v", err)
	}
	return Scalar{E: l}
}
