package calc

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"statcalc/dist"
	"statcalc/parser"
	"statcalc/sym"
)

// SymNormal is a multivariate normal N(μ, Σ) whose mean or covariance has
// free symbols: N([m1, m2], [[a, c], [c, b]]), N(mu, s^2 I(3)) (the mean
// written out as [mu1, mu2, mu3]), N([0, 0], diag([s1, s2])). Its closed
// forms come from symbolic linear algebra (sym.Det, sym.Solve) applied to
// the formulas of the multivariate-normal literature; Σ is symmetric and
// assumed positive definite.
type SymNormal struct {
	Mean []sym.Expr // μ, k entries
	Cov  []sym.Expr // Σ, k×k, row-major
}

// Kind names the value in error messages.
func (*SymNormal) Kind() string { return "a distribution" }

// Dim is the dimension k.
func (n *SymNormal) Dim() int { return len(n.Mean) }

func (n *SymNormal) meanVector() *Matrix {
	return &Matrix{Rows: n.Dim(), Cols: 1, IsVector: true, Sym: n.Mean}
}

func (n *SymNormal) covMatrix() *Matrix {
	return &Matrix{Rows: n.Dim(), Cols: n.Dim(), Sym: n.Cov}
}

func (s *Session) symNormalText(n *SymNormal) string {
	return fmt.Sprintf("N(μ = %s, Σ = %s)", s.compactMatrix(n.meanVector()), s.compactMatrix(n.covMatrix()))
}

func (s *Session) symNormalLaTeX(n *SymNormal) string {
	return fmt.Sprintf("\\mathcal{N}\\left(%s, %s\\right)", s.latex(n.meanVector()), s.latex(n.covMatrix()))
}

// symbolicNormal builds N(μ, Σ) when the mean or the covariance of a
// multivariate normal has free symbols; it returns nil when fnNormal's
// numeric construction applies.
func (s *Session) symbolicNormal(a *args) Value {
	mu, cov := a.vals[0], a.vals[1]
	var mean []sym.Expr
	switch m := mu.(type) {
	case *Matrix:
		if !m.IsVector {
			return nil
		}
		if numericMatrixValue(m) && (numericMatrixValue(cov) || numberValue(cov)) {
			return nil
		}
		mean = m.exact()
	case Scalar:
		// A free symbol mean with a k×k covariance is the vector
		// [mu1, …, muk].
		name, ok := sym.SymbolName(m.E)
		c, isMat := cov.(*Matrix)
		if !ok || !isMat || c.IsVector || c.Rows < 2 || c.Rows != c.Cols {
			return nil
		}
		for i := 1; i <= c.Rows; i++ {
			mean = append(mean, sym.Symbol(name+strconv.Itoa(i)))
		}
	default:
		return nil
	}
	k := len(mean)
	if k > maxSymbolicDim {
		errorf(a.pos[0], "N: a normal with symbolic entries has at most %d dimensions, not %d; give numbers", maxSymbolicDim, k)
	}
	var sigma []sym.Expr
	switch c := cov.(type) {
	case *Matrix:
		if c.IsVector {
			errorf(a.pos[1], "N: the covariance must be a matrix, not %s (use diag(v) for a diagonal one)", c.Kind())
		}
		if c.Rows != c.Cols {
			errorf(a.pos[1], "N: the covariance must be square, not %s", c.Kind())
		}
		if c.Rows != k {
			errorf(a.pos[1], "N: the mean has %d entries but the covariance is %d×%d", k, c.Rows, c.Cols)
		}
		sigma = c.exact()
	case Scalar:
		// N(μ, v) = N(μ, v I).
		sigma = make([]sym.Expr, k*k)
		for i := range sigma {
			sigma[i] = sym.Int(0)
			if i%(k+1) == 0 {
				sigma[i] = c.E
			}
		}
	default:
		errorf(a.pos[1], "N: the covariance must be a matrix, not %s", cov.Kind())
	}
	n := &SymNormal{Mean: make([]sym.Expr, k), Cov: make([]sym.Expr, k*k)}
	for i, e := range mean {
		n.Mean[i] = sym.Simplify(e, s.assume)
	}
	for i, e := range sigma {
		n.Cov[i] = sym.Simplify(e, s.assume)
	}
	s.requireCovariance(a.pos[1], n.Cov, k)
	return n
}

func numericMatrixValue(v Value) bool {
	m, ok := v.(*Matrix)
	if !ok {
		return false
	}
	m, err := numericIfPossible(m)
	return err == nil && m.IsNumeric()
}

func numberValue(v Value) bool {
	if _, ok := v.(floatValue); ok {
		return true
	}
	sc, ok := v.(Scalar)
	return ok && sym.IsNumber(sc.E)
}

// maxSymbolicDim bounds the dimension of a normal with symbolic entries:
// that of the largest matrix sym.Det and sym.Solve take.
const maxSymbolicDim = 12

// requireCovariance refuses a covariance that is not symmetric (entries
// equal after simplification) or provably not positive definite: a
// variance or leading minor that simplifies to a number ≤ 0 or cannot be
// positive under the session's assumptions. Free symbols standing alone
// on the diagonal are assumed positive, as a univariate variance is, and
// the leading minors are assumed positive, so that check draws its points
// where Σ is positive definite.
func (s *Session) requireCovariance(pos parser.Pos, c []sym.Expr, k int) {
	for i := 0; i < k; i++ {
		for j := i + 1; j < k; j++ {
			if !s.simplifiesToZero(sym.Sub(c[i*k+j], c[j*k+i])) {
				errorf(pos, "N: the covariance must be symmetric, but entry [%d, %d] is %s and entry [%d, %d] is %s",
					i+1, j+1, sym.Format(c[i*k+j]), j+1, i+1, sym.Format(c[j*k+i]))
			}
		}
	}
	for i := 0; i < k; i++ {
		s.requireDomain(pos, "N", fmt.Sprintf("the variance Σ[%d, %d]", i+1, i+1), c[i*k+i], dist.Positive)
	}
	why, minors := s.notPositiveDefinite(c, k)
	if why != "" {
		errorf(pos, "N: the covariance is not positive definite: %s", why)
	}
	for i := 0; i < k; i++ {
		if name, ok := sym.SymbolName(c[i*k+i]); ok {
			s.assume.Assume(name, sym.Positive)
		}
		s.assume.AssumePositive(c[i*k+i])
	}
	for _, d := range minors {
		s.assume.AssumePositive(d)
	}
}

// notPositiveDefinite says why the symmetric k×k matrix c is provably
// not positive definite: a diagonal entry or a leading minor that
// simplifies to a number ≤ 0, or a leading minor that cannot be positive
// under the session's assumptions; "" when it may be. It returns the
// leading minors of order 2 to k that it computed (up to the first too
// large for exact elimination).
func (s *Session) notPositiveDefinite(c []sym.Expr, k int) (why string, minors []sym.Expr) {
	nonPositive := func(e sym.Expr) bool {
		e = sym.Simplify(e, s.assume)
		if !sym.IsNumber(e) {
			return false
		}
		f, err := sym.Float64(e)
		return err == nil && f <= 0
	}
	for i := 0; i < k; i++ {
		if nonPositive(c[i*k+i]) {
			return fmt.Sprintf("its diagonal entry [%d, %d] is %s", i+1, i+1, s.scalarText(sym.Simplify(c[i*k+i], s.assume))), nil
		}
	}
	for m := 2; m <= k; m++ {
		lead := make([]sym.Expr, 0, m*m)
		for i := 0; i < m; i++ {
			lead = append(lead, c[i*k:i*k+m]...)
		}
		d, err := sym.Det(lead, m, s.assume)
		if err != nil {
			return "", minors // too large to decide: assumed positive definite
		}
		if nonPositive(d) {
			return fmt.Sprintf("its leading %d×%d minor is %s", m, m, s.scalarText(sym.Simplify(d, s.assume))), nil
		}
		if !sym.IsNumber(d) && sym.Excludes(d, sym.Positive, s.assume) {
			return fmt.Sprintf("its leading %d×%d minor %s cannot be positive", m, m, sym.Format(d)), nil
		}
		minors = append(minors, d)
	}
	return "", minors
}

// simplifiesToZero reports whether e simplifies to 0.
func (s *Session) simplifiesToZero(e sym.Expr) bool {
	return sym.Equal(sym.Simplify(sym.Normal(e, s.assume), s.assume), sym.Int(0))
}

// symNormalFns serve the built-ins that accept a symbolic multivariate
// normal.
var symNormalFns = map[string]func(s *Session, a *args) Value{
	"kl":            func(s *Session, a *args) Value { return s.symNormalPair(a, true, (*Session).klSym) },
	"bhattacharyya": func(s *Session, a *args) Value { return s.symNormalPair(a, true, (*Session).bhattacharyyaSym) },
	"hellinger":     func(s *Session, a *args) Value { return s.symNormalPair(a, false, (*Session).hellingerSym) },
	"cross_entropy": func(s *Session, a *args) Value { return s.symNormalPair(a, true, (*Session).crossEntropySym) },
	"w2":            func(s *Session, a *args) Value { return s.symNormalPair(a, false, (*Session).w2Sym) },
	"renyi":         fnRenyiSym,
	"entropy":       fnEntropySym,
	"logpdf":        fnLogPDFSym,
	"pdf":           fnPDFSym,
	"mahalanobis":   fnMahalanobisSym,
	"score":         fnScoreSym,
	"expect":        fnExpectSym,
	"mean":          fnMeanSym,
	"cov":           fnCovSym,
	"var":           fnCovSym,
	"subs":          fnSubsSym,
}

// symbolicNormalCall serves a call that has a symbolic multivariate
// normal among its arguments (and expect of any multivariate normal); ok
// is false when the call is not one of these.
func (s *Session) symbolicNormalCall(b *Builtin, a *args) (v Value, ok bool) {
	at := -1
	for i, v := range a.vals {
		if _, isSym := v.(*SymNormal); isSym {
			at = i
			break
		}
	}
	if b.Name == "expect" && len(a.vals) > 0 {
		if _, multivariate := mvnValue(a.vals[0]); multivariate {
			at = 0
		}
	}
	if at < 0 {
		return nil, false
	}
	f, served := symNormalFns[b.Name]
	if !served {
		errorf(a.pos[at], "%s: not available for a multivariate normal with symbolic parameters; give numbers", b.Name)
	}
	return f(s, a), true
}

// symNormalArg returns argument i as a symbolic multivariate normal; a
// numeric one enters with its exact decimals, a univariate one as k = 1.
func (s *Session) symNormalArg(a *args, i int) *SymNormal {
	switch v := a.vals[i].(type) {
	case *SymNormal:
		return v
	case *Distribution:
		if !v.isNormal() {
			if b, ok := builtins[a.call.Fun]; ok && b.Group == "divergences" {
				errorf(a.pos[i], "%s: a multivariate normal can only be compared with another multivariate normal", a.call.Fun)
			}
			break
		}
		if !v.D.Multivariate() {
			return &SymNormal{Mean: []sym.Expr{v.D.Theta[0]}, Cov: []sym.Expr{v.D.Theta[1]}}
		}
		k := v.D.MVN.Dim()
		n := &SymNormal{Mean: make([]sym.Expr, k), Cov: make([]sym.Expr, k*k)}
		for i, m := range v.D.MVN.Mean() {
			n.Mean[i] = exactFloat(m)
		}
		c := v.D.MVN.Cov()
		for r := 0; r < k; r++ {
			for col := 0; col < k; col++ {
				n.Cov[r*k+col] = exactFloat(c.At(r, col))
			}
		}
		return n
	}
	s.notDistribution(a, i)
	return nil
}

// symNormalFormulas are the closed forms shown by :steps on.
var symNormalFormulas = map[string][2]string{
	"kl":            {"KL(p‖q)", "½[tr(Σq⁻¹Σp) + Δᵀ Σq⁻¹ Δ − k + ln(det Σq / det Σp)], Δ = μq − μp"},
	"bhattacharyya": {"D_B(p, q)", "⅛ Δᵀ Σ̄⁻¹ Δ + ½ ln(det Σ̄ / √(det Σp det Σq)), Σ̄ = (Σp + Σq)/2"},
	"hellinger":     {"H(p, q)", "√(1 − exp(−D_B(p, q)))"},
	"cross_entropy": {"H(p, q)", "½[k ln 2π + ln det Σq + tr(Σq⁻¹Σp) + Δᵀ Σq⁻¹ Δ]"},
	"w2":            {"W2(p, q)", "√(|Δ|² + tr Σp + tr Σq − 2 tr((Σp^½ Σq Σp^½)^½)), block by block"},
	"renyi":         {"D_α(p‖q)", "α/2 Δᵀ Σα⁻¹ Δ − ln(det Σα / (det Σp^(1−α) det Σq^α))/(2(α − 1)), Σα = α Σq + (1 − α) Σp"},
	"entropy":       {"H(p)", "½ ln det(2πe Σ)"},
	"logpdf":        {"log p(x)", "−½[k ln 2π + ln det Σ + (x − μ)ᵀ Σ⁻¹ (x − μ)]"},
}

// symNormalSteps records the closed form behind a result and the
// determinants it uses, for :steps on.
func (s *Session) symNormalSteps(a *args, ns ...*SymNormal) {
	if !s.showSteps {
		return
	}
	if f, ok := symNormalFormulas[a.call.Fun]; ok {
		s.stepText(f[0], f[1])
	}
	for i, n := range ns {
		label := "det Σ"
		if len(ns) == 2 {
			label += []string{"p", "q"}[i]
		}
		s.stepExprs(label, s.mvnDet(a, n.Cov, n.Dim()))
	}
}

// symNormalPair evaluates a divergence between two normals of the same
// dimension.
func (s *Session) symNormalPair(a *args, information bool, f func(s *Session, a *args, p, q *SymNormal) sym.Expr) Value {
	p, q := s.symNormalArg(a, 0), s.symNormalArg(a, 1)
	s.mvnSameDimension(a, p, q)
	s.symNormalSteps(a, p, q)
	return s.exprResult(a, f(s, a, p, q), nil, information)
}

func (s *Session) mvnSameDimension(a *args, p, q *SymNormal) {
	if p.Dim() != q.Dim() {
		errorf(a.call.Pos, "%s: the distributions have dimensions %d and %d; they must agree", a.call.Fun, p.Dim(), q.Dim())
	}
}

// mvnDet is det A of a k×k symbolic matrix.
func (s *Session) mvnDet(a *args, m []sym.Expr, k int) sym.Expr {
	d, err := sym.Det(m, k, s.assume)
	if err != nil {
		symError(a.call.Pos, a.call.Fun, err)
	}
	return d
}

// mvnSolve is A⁻¹ B for the k×k matrix A and the k×cols matrix B.
func (s *Session) mvnSolve(a *args, m []sym.Expr, k int, b []sym.Expr, cols int) []sym.Expr {
	x, err := sym.Solve(m, k, b, cols, s.assume)
	if err != nil {
		symError(a.call.Pos, a.call.Fun, err)
	}
	return x
}

// mvnTraceAndQuadratic returns tr(A⁻¹B) and dᵀA⁻¹d from one solve of
// A X = [B d].
func (s *Session) mvnTraceAndQuadratic(a *args, A, B, d []sym.Expr, k int) (tr, quad sym.Expr) {
	rhs := make([]sym.Expr, 0, k*(k+1))
	for i := 0; i < k; i++ {
		rhs = append(rhs, B[i*k:(i+1)*k]...)
		rhs = append(rhs, d[i])
	}
	x := s.mvnSolve(a, A, k, rhs, k+1)
	var diag, quadTerms []sym.Expr
	for i := 0; i < k; i++ {
		diag = append(diag, x[i*(k+1)+i])
		quadTerms = append(quadTerms, sym.Mul(d[i], x[i*(k+1)+k]))
	}
	return sym.Add(diag...), sym.Add(quadTerms...)
}

// mvnQuadratic is dᵀA⁻¹d.
func (s *Session) mvnQuadratic(a *args, A, d []sym.Expr, k int) sym.Expr {
	x := s.mvnSolve(a, A, k, d, 1)
	terms := make([]sym.Expr, k)
	for i := range terms {
		terms[i] = sym.Mul(d[i], x[i])
	}
	return sym.Add(terms...)
}

func meanShift(p, q []sym.Expr) []sym.Expr {
	d := make([]sym.Expr, len(p))
	for i := range d {
		d[i] = sym.Sub(q[i], p[i])
	}
	return d
}

// linearCombination is x P + y Q entrywise.
func linearCombination(x sym.Expr, p []sym.Expr, y sym.Expr, q []sym.Expr) []sym.Expr {
	out := make([]sym.Expr, len(p))
	for i := range out {
		out[i] = sym.Add(sym.Mul(x, p[i]), sym.Mul(y, q[i]))
	}
	return out
}

func halfOf(e sym.Expr) sym.Expr { return sym.Mul(sym.Rat(big.NewRat(1, 2)), e) }

func logExpr(e sym.Expr) sym.Expr { return mustCall("log", e) }

func sqrtExpr(e sym.Expr) sym.Expr { return mustCall("sqrt", e) }

// klSym is the Kullback–Leibler divergence of two normals (Kullback 1959;
// Duchi, "Derivations for linear algebra and optimization"):
//
//	KL(p‖q) = ½ [tr(Σq⁻¹ Σp) + Δᵀ Σq⁻¹ Δ − k + ln(det Σq / det Σp)],  Δ = μq − μp.
func (s *Session) klSym(a *args, p, q *SymNormal) sym.Expr {
	k := p.Dim()
	tr, quad := s.mvnTraceAndQuadratic(a, q.Cov, p.Cov, meanShift(p.Mean, q.Mean), k)
	logRatio := sym.Sub(logExpr(s.mvnDet(a, q.Cov, k)), logExpr(s.mvnDet(a, p.Cov, k)))
	return halfOf(sym.Add(tr, quad, sym.Int(int64(-k)), logRatio))
}

// crossEntropySym is −E_p[log q] = ½ [k ln 2π + ln det Σq + tr(Σq⁻¹ Σp) + Δᵀ Σq⁻¹ Δ].
func (s *Session) crossEntropySym(a *args, p, q *SymNormal) sym.Expr {
	k := p.Dim()
	tr, quad := s.mvnTraceAndQuadratic(a, q.Cov, p.Cov, meanShift(p.Mean, q.Mean), k)
	return halfOf(sym.Add(sym.Mul(sym.Int(int64(k)), logExpr(sym.Mul(sym.Int(2), sym.Pi))), logExpr(s.mvnDet(a, q.Cov, k)), tr, quad))
}

// bhattacharyyaSym is the Bhattacharyya distance of two normals
// (Kailath 1967):
//
//	D_B = ⅛ Δᵀ Σ̄⁻¹ Δ + ½ ln(det Σ̄ / √(det Σp det Σq)),  Σ̄ = (Σp + Σq)/2.
func (s *Session) bhattacharyyaSym(a *args, p, q *SymNormal) sym.Expr {
	k := p.Dim()
	h := sym.Rat(big.NewRat(1, 2))
	mid := linearCombination(h, p.Cov, h, q.Cov)
	quad := s.mvnQuadratic(a, mid, meanShift(p.Mean, q.Mean), k)
	logRatio := sym.Sub(logExpr(s.mvnDet(a, mid, k)), halfOf(sym.Add(logExpr(s.mvnDet(a, p.Cov, k)), logExpr(s.mvnDet(a, q.Cov, k)))))
	return sym.Add(sym.Mul(sym.Rat(big.NewRat(1, 8)), quad), halfOf(logRatio))
}

// hellingerSym is H = √(1 − exp(−D_B)), D_B the Bhattacharyya distance.
func (s *Session) hellingerSym(a *args, p, q *SymNormal) sym.Expr {
	return sqrtExpr(sym.Sub(sym.Int(1), mustCall("exp", sym.Neg(s.bhattacharyyaSym(a, p, q)))))
}

// renyiSym is the Rényi divergence of order α of two normals (Gil,
// Alajaji, Linder 2013, "Rényi divergence measures for commonly used
// univariate continuous distributions", and its multivariate form):
//
//	D_α = α/2 Δᵀ Σα⁻¹ Δ − 1/(2(α − 1)) ln(det Σα / (det Σp^(1−α) det Σq^α)),
//	Σα = α Σq + (1 − α) Σp,
//
// finite when Σα is positive definite (refused when it provably is not;
// with symbols, the closed form holds where it is).
func (s *Session) renyiSym(a *args, p, q *SymNormal, alpha sym.Expr) (sym.Expr, error) {
	k := p.Dim()
	oneMinus := sym.Sub(sym.Int(1), alpha)
	mixed := linearCombination(alpha, q.Cov, oneMinus, p.Cov)
	for i := range mixed {
		mixed[i] = sym.Simplify(mixed[i], s.assume)
	}
	if why, _ := s.notPositiveDefinite(mixed, k); why != "" {
		return nil, &dist.Infinite{Reason: fmt.Sprintf("α Σq + (1 − α) Σp is not positive definite at α = %s (%s)", s.scalarText(alpha), why)}
	}
	dm := s.mvnDet(a, mixed, k)
	quad := s.mvnQuadratic(a, mixed, meanShift(p.Mean, q.Mean), k)
	logRatio := sym.Sub(logExpr(dm), sym.Add(sym.Mul(oneMinus, logExpr(s.mvnDet(a, p.Cov, k))), sym.Mul(alpha, logExpr(s.mvnDet(a, q.Cov, k)))))
	logTerm := sym.Div(logRatio, sym.Mul(sym.Int(2), sym.Sub(alpha, sym.Int(1))))
	return sym.Sub(halfOf(sym.Mul(alpha, quad)), logTerm), nil
}

func fnRenyiSym(s *Session, a *args) Value {
	p, q := s.symNormalArg(a, 0), s.symNormalArg(a, 1)
	s.mvnSameDimension(a, p, q)
	alpha := s.scalarArg(a, 2, "the order alpha")
	s.symNormalSteps(a, p, q)
	if sym.IsNumber(alpha) {
		f, err := sym.Float64(alpha)
		if err != nil || !(f > 0) || f > 1e300 {
			errorf(a.pos[2], "renyi: the order alpha must be positive and finite, not %s", s.scalarText(alpha))
		}
		if f == 1 {
			return s.exprResult(a, s.klSym(a, p, q), nil, true)
		}
	}
	e, err := s.renyiSym(a, p, q, alpha)
	if inf, ok := infiniteValue(err); ok {
		return inf
	}
	return s.exprResult(a, e, nil, true)
}

// fnEntropySym is the differential entropy ½ ln det(2πe Σ) = k/2 (1 + ln 2π) + ½ ln det Σ.
func fnEntropySym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	s.symNormalSteps(a, p)
	k := p.Dim()
	e := sym.Add(sym.Mul(sym.Rat(big.NewRat(int64(k), 2)), sym.Add(sym.Int(1), logExpr(sym.Mul(sym.Int(2), sym.Pi)))),
		halfOf(logExpr(s.mvnDet(a, p.Cov, k))))
	return s.exprResult(a, e, nil, true)
}

// mvnPoint reads argument i as a point of dimension k.
func (s *Session) mvnPoint(a *args, i, k int) []sym.Expr {
	switch v := a.vals[i].(type) {
	case *Matrix:
		if v.IsVector && v.Rows == k {
			return v.exact()
		}
		if v.IsVector {
			errorf(a.pos[i], "%s: the point has %d entries but the distribution has dimension %d", a.call.Fun, v.Rows, k)
		}
	case Scalar:
		if k == 1 {
			return []sym.Expr{v.E}
		}
	}
	errorf(a.pos[i], "%s: the point must be a %d-vector, not %s", a.call.Fun, k, describe(a.vals[i]))
	return nil
}

// mvnLogDensity is log p(x) = −k/2 ln 2π − ½ ln det Σ − ½ (x − μ)ᵀ Σ⁻¹ (x − μ).
func (s *Session) mvnLogDensity(a *args, p *SymNormal, x []sym.Expr) sym.Expr {
	k := p.Dim()
	quad := s.mvnQuadratic(a, p.Cov, meanShift(p.Mean, x), k)
	return sym.Neg(halfOf(sym.Add(sym.Mul(sym.Int(int64(k)), logExpr(sym.Mul(sym.Int(2), sym.Pi))), logExpr(s.mvnDet(a, p.Cov, k)), quad)))
}

func fnLogPDFSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	s.symNormalSteps(a, p)
	return s.exprResult(a, s.mvnLogDensity(a, p, s.mvnPoint(a, 1, p.Dim())), nil, false)
}

func fnPDFSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	return s.exprResult(a, mustCall("exp", s.mvnLogDensity(a, p, s.mvnPoint(a, 1, p.Dim()))), nil, false)
}

// fnMahalanobisSym is √((x − μ)ᵀ Σ⁻¹ (x − μ)).
func fnMahalanobisSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 1)
	x := s.mvnPoint(a, 0, p.Dim())
	return s.exprResult(a, sqrtExpr(s.mvnQuadratic(a, p.Cov, meanShift(p.Mean, x), p.Dim())), nil, false)
}

// parameters lists the free symbols of p's mean and covariance in the
// order they first appear (mean entries, then Σ row by row).
func (p *SymNormal) parameters() []string {
	var names []string
	seen := map[string]bool{}
	for _, e := range append(append([]sym.Expr(nil), p.Mean...), p.Cov...) {
		for _, n := range sym.FreeSymbols(e) {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names
}

// fnScoreSym is the score ∂ log p(x)/∂θ with respect to the free symbols
// θ of the mean and covariance, in the order they first appear.
func fnScoreSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	x := s.mvnPoint(a, 1, p.Dim())
	θ := p.parameters()
	if len(θ) == 0 {
		errorf(a.pos[0], "score: the distribution has no symbolic parameters to differentiate by")
	}
	g := sym.Gradient(s.mvnLogDensity(a, p, x), θ)
	out := s.exprMatrix(a, [][]sym.Expr{g}).(*Matrix)
	out.Rows, out.Cols, out.IsVector = out.Cols, 1, true
	return out
}

func fnMeanSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	return &Matrix{Rows: p.Dim(), Cols: 1, IsVector: true, Sym: append([]sym.Expr(nil), p.Mean...)}
}

func fnCovSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	return &Matrix{Rows: p.Dim(), Cols: p.Dim(), Sym: append([]sym.Expr(nil), p.Cov...)}
}

// fnSubsSym substitutes into the mean and the covariance; numbers for
// every symbol give the numeric multivariate normal.
func fnSubsSym(s *Session, a *args) Value {
	n, ok := a.vals[0].(*SymNormal)
	if !ok {
		return fnSubs(s, a)
	}
	part := func(m *Matrix) Value {
		b := *a
		b.vals = []Value{m}
		return fnSubs(s, &b)
	}
	mean, cov := part(n.meanVector()), part(n.covMatrix())
	return fnNormal(s, &args{call: a.call, pos: repeatPos(a.pos[0], 2), vals: []Value{mean, cov}})
}

// expectMaxDegree bounds the degree of a polynomial integrand of expect.
const expectMaxDegree = 12

// fnExpectSym is E_p[f(x)] for a polynomial f in the components x1, …, xk
// of x ~ N(μ, Σ), through the Gaussian (heat-kernel) identity
//
//	E f(x) = Σₙ (1/n!) (Lⁿ f)(μ),  L = ½ Σᵢⱼ Σᵢⱼ ∂²/∂xᵢ∂xⱼ,
//
// which is Isserlis' theorem written with derivatives (E[x xᵀ] = Σ + μμᵀ,
// E[xᵀAx] = tr(AΣ) + μᵀAμ). The components are named x1, …, xk, or by
// the third argument: a name y (y1, …, yk) or a list [u, v].
func fnExpectSym(s *Session, a *args) Value {
	p := s.symNormalArg(a, 0)
	k := p.Dim()
	names := make([]string, k)
	base := "x"
	if len(a.vals) == 3 {
		switch given := a.syms[0]; {
		case len(given) == k && k > 1:
			copy(names, given)
			base = ""
		case len(given) == 1:
			base = given[0]
		default:
			errorf(a.pos[2], "expect: name the %d components, such as [x1, x2] or x (for x1, …, x%d)", k, k)
		}
	}
	if base != "" {
		for i := range names {
			names[i] = base + strconv.Itoa(i+1)
		}
		if k == 1 {
			names[0] = base
		}
	}
	for _, θ := range p.parameters() {
		for _, x := range names {
			if θ == x {
				errorf(a.call.Pos, "expect: %s names a component of x and a parameter of the distribution; name the components otherwise (a third argument)", x)
			}
		}
	}
	at := make(map[string]sym.Expr, k)
	for i, x := range names {
		at[x] = p.Mean[i]
	}
	expect := func(f sym.Expr) sym.Expr {
		if k > 1 && base != "" {
			for _, n := range sym.FreeSymbols(f) {
				if n == base {
					errorf(a.pos[1], "expect: %s stands for the random vector; write its components %s (%s = [%s])",
						base, strings.Join(names, ", "), base, strings.Join(names, ", "))
				}
			}
		}
		d, ok := sym.PolynomialDegree(f, names)
		if !ok || d > expectMaxDegree {
			errorf(a.pos[1], "expect: of a multivariate normal, the integrand must be a polynomial of degree at most %d in %s, not %s",
				expectMaxDegree, strings.Join(names, ", "), sym.Format(f))
		}
		total := []sym.Expr{sym.Subs(f, at)}
		g, factorial := f, int64(1)
		for n := 1; 2*n <= d; n++ {
			g = s.mvnHeatOperator(g, names, p.Cov)
			factorial *= int64(n)
			total = append(total, sym.Div(sym.Subs(g, at), sym.Int(factorial)))
		}
		return sym.Simplify(sym.Add(total...), s.assume)
	}
	return s.mapEntries(a, a.vals[1], expect)
}

// mvnHeatOperator is L g = ½ Σᵢⱼ Σᵢⱼ ∂²g/∂xᵢ∂xⱼ.
func (s *Session) mvnHeatOperator(g sym.Expr, xs []string, cov []sym.Expr) sym.Expr {
	k := len(xs)
	var terms []sym.Expr
	for i := 0; i < k; i++ {
		gi := sym.Diff(g, xs[i])
		for j := 0; j < k; j++ {
			if sym.Equal(cov[i*k+j], sym.Int(0)) {
				continue
			}
			terms = append(terms, sym.Mul(cov[i*k+j], sym.Diff(gi, xs[j])))
		}
	}
	return sym.Normal(halfOf(sym.Add(terms...)), s.assume)
}

// w2Sym is the Wasserstein-2 distance (Dowson and Landau 1982; Givens
// and Shortt 1984)
//
//	W2² = |Δ|² + tr Σp + tr Σq − 2 tr((Σp^½ Σq Σp^½)^½),
//
// in closed form where the trace of the matrix square root has one. The
// coordinates split into the blocks that both covariances share (entries
// outside every block are 0), and each block adds its own term: a 1×1
// block (√p − √q)²; a 2×2 block tr P + tr Q − 2 √(tr(P Q) + 2 √(det P det Q)),
// since tr √M = √(tr M + 2 √det M) for a 2×2 M ⪰ 0; a larger block with
// P = c Q, (√c − 1)² tr Q.
func (s *Session) w2Sym(a *args, p, q *SymNormal) sym.Expr {
	k := p.Dim()
	var terms []sym.Expr
	for _, d := range meanShift(p.Mean, q.Mean) {
		terms = append(terms, sym.Pow(d, sym.Int(2)))
	}
	for _, block := range s.sharedBlocks(p.Cov, q.Cov, k) {
		P, Q := principalSubmatrix(p.Cov, k, block), principalSubmatrix(q.Cov, k, block)
		n := len(block)
		trace := func(m []sym.Expr) sym.Expr {
			var t []sym.Expr
			for i := 0; i < n; i++ {
				t = append(t, m[i*n+i])
			}
			return sym.Add(t...)
		}
		switch {
		case n == 1:
			terms = append(terms, sym.Pow(sym.Sub(sqrtExpr(P[0]), sqrtExpr(Q[0])), sym.Int(2)))
		case n == 2:
			pq := sym.MatMul(P, n, n, Q, n, s.assume)
			root := sqrtExpr(sym.Add(trace(pq), sym.Mul(sym.Int(2), sqrtExpr(sym.Mul(s.mvnDet(a, P, n), s.mvnDet(a, Q, n))))))
			terms = append(terms, trace(P), trace(Q), sym.Mul(sym.Int(-2), root))
		case s.proportionalMatrices(P, Q):
			c := sym.Div(P[0], Q[0])
			terms = append(terms, sym.Mul(sym.Pow(sym.Sub(sqrtExpr(c), sym.Int(1)), sym.Int(2)), trace(Q)))
		default:
			errorf(a.call.Pos, "w2: no closed form for these symbolic covariances: tr((Σp^½ Σq Σp^½)^½) has one for blocks of size 1 or 2 and for proportional blocks, not for this %d×%d block; give numbers", n, n)
		}
	}
	return sqrtExpr(sym.Add(terms...))
}

// sharedBlocks groups the coordinates 0…k−1 into the connected components
// of the entries where Σp or Σq is not 0, each in increasing order.
func (s *Session) sharedBlocks(p, q []sym.Expr, k int) [][]int {
	parent := make([]int, k)
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for i := 0; i < k; i++ {
		for j := i + 1; j < k; j++ {
			if !s.simplifiesToZero(p[i*k+j]) || !s.simplifiesToZero(q[i*k+j]) {
				parent[root(j)] = root(i)
			}
		}
	}
	index := map[int]int{}
	var blocks [][]int
	for i := 0; i < k; i++ {
		r := root(i)
		b, ok := index[r]
		if !ok {
			b = len(blocks)
			index[r] = b
			blocks = append(blocks, nil)
		}
		blocks[b] = append(blocks[b], i)
	}
	return blocks
}

// principalSubmatrix returns the rows and columns idx of the k×k matrix m.
func principalSubmatrix(m []sym.Expr, k int, idx []int) []sym.Expr {
	out := make([]sym.Expr, 0, len(idx)*len(idx))
	for _, i := range idx {
		for _, j := range idx {
			out = append(out, m[i*k+j])
		}
	}
	return out
}

// proportionalMatrices reports whether P = c Q, c = P₁₁/Q₁₁: P Q₁₁ − Q P₁₁ = 0.
func (s *Session) proportionalMatrices(p, q []sym.Expr) bool {
	for i := range p {
		if !s.simplifiesToZero(sym.Sub(sym.Mul(p[i], q[0]), sym.Mul(q[i], p[0]))) {
			return false
		}
	}
	return true
}

// quadraticFormAsScalar lets a 1×1 matrix or 1-vector, such as the
// quadratic form transpose(d) inv(S) d, be added to or subtracted from a
// number as the number it holds.
func quadraticFormAsScalar(op parser.Kind, x, y Value) (Value, Value) {
	if op != parser.Plus && op != parser.Minus {
		return x, y
	}
	one := func(v Value) (Value, bool) {
		m, ok := v.(*Matrix)
		if !ok || m.Rows != 1 || m.Cols != 1 {
			return v, false
		}
		return Scalar{E: m.exact()[0]}, true
	}
	if _, isScalar := x.(Scalar); isScalar {
		y, _ = one(y)
	} else if _, isScalar := y.(Scalar); isScalar {
		x, _ = one(x)
	}
	return x, y
}
