package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// W2Normal returns the 2-Wasserstein distance (not its square) between
// p = N(μ_p, Σ_p) and q = N(μ_q, Σ_q) (Dowson & Landau 1982, "The Fréchet
// distance between multivariate normal distributions", J. Multivar. Anal.
// 12, 450–455; Givens & Shortt 1984, Michigan Math. J. 31, 231–240):
//
//	W₂² = ‖μ_p − μ_q‖² + tr Σ_p + tr Σ_q − 2 tr (Σ_p^½ Σ_q Σ_p^½)^½.
//
// For factors F_p F_pᵀ = Σ_p and F_q F_qᵀ = Σ_q (Cholesky, or eigen-factors of
// singular covariances), tr (Σ_p^½ Σ_q Σ_p^½)^½ is the sum of the singular
// values of F_qᵀF_p, since (F_qᵀF_p)ᵀ(F_qᵀF_p) = F_pᵀΣ_qF_p shares its
// non-zero eigenvalues with Σ_p^½ Σ_q Σ_p^½: one triangular product and one
// SVD, no matrix square root. Covariances need only be positive
// semi-definite; two point masses are ‖μ_p − μ_q‖ apart.
//
// When the traces cancel (p close to q) it uses, with Σ_q = QΛQᵀ,
// H = Λ^½ Qᵀ(Σ_p − Σ_q)Q Λ^½ and X = (Λ² + H)^½ − Λ,
//
//	tr Σ_p + tr Σ_q − 2 tr (Σ_p^½ Σ_q Σ_p^½)^½ = Σᵢⱼ Xᵢⱼ² / λᵢ,
//
// a sum of squares; X solves ΛX + XΛ + X² = H and is found by the fixed-point
// iteration Xᵢⱼ ← (H − X²)ᵢⱼ / (λᵢ + λⱼ). The arguments are put in a fixed
// order first, so W₂(p, q) and W₂(q, p) agree bit for bit.
func W2Normal(p, q *dist.MVN) (Estimate, error) {
	if err := sameDim(p, q); err != nil {
		return Estimate{}, err
	}
	a, b := view(p), view(q)
	if !ordered(a, b) {
		a, b = b, a
	}
	e, err := w2Normal(a, b)
	if err != nil {
		return Estimate{}, err
	}
	return finiteResult(e)
}

func w2Normal(a, b normal) (Estimate, error) {
	dim := a.Dim()
	d := float64(dim)
	dmu := diffMean(a, b)
	nrm := blas64.Nrm2(blas64.Vector{N: dim, Inc: 1, Data: dmu})
	if equalSym(a.sigma, b.sigma) {
		return Estimate{Value: nrm, RelErr: relErr(nrm, 2*eps*nrm)}, nil
	}
	m2 := nrm * nrm
	tra, trb := mat.Trace(a.sigma), mat.Trace(b.sigma)
	svals, ok := crossSingularValues(a, b)
	if !ok {
		return Estimate{}, fmt.Errorf("singular value computation did not converge")
	}
	nuc := 0.0
	for _, s := range svals {
		nuc += s
	}
	w2sq := m2 + tra + trb - 2*nuc
	terms := m2 + tra + trb + 2*nuc
	// Error of N = Σσᵢ, from the factorisations and the SVD. Perturbing Σ_p by
	// ΔΣ with ‖L_p⁻¹ΔΣL_p⁻ᵀ‖ ≤ η moves every σᵢ² = λᵢ(Σ_q Σ_p) by at most
	// ηλᵢ (Ostrowski; Horn & Johnson, Matrix Analysis, Thm 4.5.9), so N
	// moves by ½ηN; η = 2‖C‖_F + √d·ε from the factors' residuals C (see
	// amp). A normwise perturbation δλ = 2d·ε·‖Σ_p‖‖Σ_q‖ moves σᵢ by at most
	// min(δλ/(2σᵢ), √δλ), which is the better bound for singular
	// covariances. The SVD, normwise backward stable, moves each σᵢ by about
	// √d·u·σ_max (u = ε/2), d·u·σ_max over the d values as a random walk,
	// and the product U_b U_aᵀ, with errors of √d·u relative in its entries
	// projected on d singular pairs, about 2u·N. When the bounds exceed
	// these, nuclearFirstOrder weighs the residuals by the singular values
	// they meet.
	sqrtDl := math.Sqrt(2*d*eps) * math.Sqrt(normInf(a.sigma)) * math.Sqrt(normInf(b.sigma))
	normwise, smax := 0.0, 0.0
	for _, s := range svals {
		smax = math.Max(smax, s)
		normwise += math.Min(sqrtDl*(sqrtDl/(2*s)), sqrtDl)
	}
	normwise += float64(dim-len(svals)) * sqrtDl
	relative := math.Inf(1)
	if !a.Singular() && !b.Singular() {
		relative = 0.5 * (amp(a.MVN) + amp(b.MVN)) * nuc
	}
	errSVD, errProd := 0.5*d*eps*smax, eps*nuc
	errNuc := math.Min(normwise, relative)
	if errNuc > errSVD+errProd {
		if fo, ok := nuclearFirstOrder(a, b); ok {
			errNuc = math.Min(errNuc, 2*fo)
		}
	}
	// The traces, d additions within u each (√d·u as a random walk), and
	// three more additions within u of the terms (2u); the parts are
	// independent (see quadrature).
	errGeneral := quadrature(2*errNuc, 2*errSVD, 2*errProd, 0.5*rounding(d)*(tra+trb), eps*terms)
	if terms > nearRatio*math.Abs(w2sq) {
		if bsq, errB, ok := buresNear(a, b); ok {
			w2sq = m2 + bsq
			// ‖Δμ‖²: the differences within u each, the norm within u,
			// its square within u: 6u = 3ε in the worst case.
			return sqrtEstimate(w2sq, 3*eps*m2+errB), nil
		}
	}
	return sqrtEstimate(math.Max(w2sq, 0), errGeneral), nil
}

// sqrtEstimate returns √x with the relative error implied by an absolute
// error e of x, plus ε: u = ε/2 for the rounding of the square root and as
// much again for the rounding of x that e, an estimate, may miss.
func sqrtEstimate(x, e float64) Estimate {
	v := math.Sqrt(x)
	if math.IsNaN(e) {
		return Estimate{Value: v, RelErr: math.Inf(1)}
	}
	if e == 0 {
		return Estimate{Value: v}
	}
	if x == 0 {
		return Estimate{Value: 0, RelErr: math.Inf(1)}
	}
	r := e / x
	return Estimate{Value: v, RelErr: math.Min(0.5*r, math.Sqrt(r)) + eps}
}

// crossSingularValues returns the singular values of R_b R_aᵀ, where
// RᵀR = Σ; they are those of F_bᵀF_a for F = Rᵀ.
func crossSingularValues(a, b normal) ([]float64, bool) {
	rb := b.Factor()
	if rb == nil || a.Rank() == 0 {
		return nil, true
	}
	var prod *mat.Dense
	if ua, err := a.UpperFactor(); err == nil {
		// R_b U_aᵀ in place by a triangular product.
		blas64.Trmm(blas.Right, blas.Trans, 1, ua.RawTriangular(), rb.RawMatrix())
		prod = rb
	} else {
		prod = new(mat.Dense)
		prod.Mul(rb, a.Factor().T())
	}
	if !finiteDense(prod) {
		return nil, false
	}
	return singularValues(prod)
}

// singularValues returns the singular values of a; a panic inside LAPACK is
// reported as failure.
func singularValues(a *mat.Dense) (vals []float64, ok bool) {
	defer func() {
		if recover() != nil {
			vals, ok = nil, false
		}
	}()
	var svd mat.SVD
	if !svd.Factorize(a, mat.SVDNone) {
		return nil, false
	}
	return svd.Values(nil), true
}

// buresNear returns tr Σ_a + tr Σ_b − 2 tr (Σ_a^½ Σ_b Σ_a^½)^½ as Σᵢⱼ Xᵢⱼ²/λᵢ
// (see W2Normal) with an absolute error estimate, or false when Σ_b is not
// positive definite or the iteration does not converge.
func buresNear(a, b normal) (float64, float64, bool) {
	if b.Singular() {
		return 0, 0, false
	}
	dim := a.Dim()
	var eig mat.EigenSym
	if !dist.FactorizeEigen(&eig, b.sigma) {
		return 0, 0, false
	}
	lam := eig.Values(nil)
	if lam[0] <= 0 {
		return 0, 0, false
	}
	var qm mat.Dense
	eig.VectorsTo(&qm)
	diff := diffCov(a, b)
	var tmp, dt mat.Dense
	tmp.Mul(diff, &qm)
	dt.Mul(qm.T(), &tmp)
	sq := make([]float64, dim)
	for i, l := range lam {
		sq[i] = math.Sqrt(l)
	}
	h := mat.NewSymDense(dim, nil)
	x := mat.NewSymDense(dim, nil)
	for i := 0; i < dim; i++ {
		for j := i; j < dim; j++ {
			hij := sq[i] * sq[j] * (0.5*dt.At(i, j) + 0.5*dt.At(j, i))
			h.SetSym(i, j, hij)
			x.SetSym(i, j, hij/(lam[i]+lam[j]))
		}
	}
	var x2 mat.SymDense
	converged := false
	for iter := 0; iter < 100; iter++ {
		x2.SymOuterK(1, x)
		change, size := 0.0, 0.0
		for i := 0; i < dim; i++ {
			for j := i; j < dim; j++ {
				v := (h.At(i, j) - x2.At(i, j)) / (lam[i] + lam[j])
				change += (v - x.At(i, j)) * (v - x.At(i, j))
				size += v * v
				x.SetSym(i, j, v)
			}
		}
		if math.IsNaN(size) || math.IsInf(size, 0) {
			return 0, 0, false
		}
		if change <= 0x1p-96*size {
			converged = true
			break
		}
	}
	if !converged {
		return 0, 0, false
	}
	sum := 0.0
	for i := 0; i < dim; i++ {
		for j := 0; j < dim; j++ {
			v := x.At(i, j)
			sum += v * v / lam[i]
		}
	}
	return sum, sum * 4 * amp(b.MVN), true
}

// normInf returns the largest absolute row sum of s, a bound on ‖s‖₂.
func normInf(s *mat.SymDense) float64 {
	return mat.Norm(s, math.Inf(1))
}

func finiteDense(m *mat.Dense) bool {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if v := m.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return false
			}
		}
	}
	return true
}

// nuclearFirstOrder returns the first-order change of N = tr (Σ_a^½ Σ_b Σ_a^½)^½
// caused by the rounding of the Cholesky factors, |δN_a| + |δN_b| with
//
//	δN_a = ½ tr(Q S Qᵀ C_a),  δN_b = ½ tr(P S Pᵀ C_b),
//
// where M = U_b U_aᵀ = P S Qᵀ (singular value decomposition) and
// C = U⁻ᵀ(Σ − UᵀU)U⁻¹ (dist.MVN.WhitenedResidual): the computed U_a is the
// exact factor of U_aᵀ(I − C_a)U_a, which turns M into M(I − C_a)^½, and
// N = ‖M‖_* moves by −½ tr(PᵀMC_aQ) = −½ tr(QSQᵀC_a) to first order
// (the derivative of the nuclear norm, Watson 1992, Linear Algebra Appl.
// 170, 33–45); likewise for U_b from the left. Unlike ½·η·N it weighs the
// residual by the singular values it meets, so a nearly singular Σ whose
// tiny directions hardly contribute to N does not inflate the estimate. It
// reports false when a covariance has no Cholesky factor or the SVD fails.
func nuclearFirstOrder(a, b normal) (float64, bool) {
	ua, errA := a.UpperFactor()
	ub, errB := b.UpperFactor()
	if a.Dim() > 4*residualDim {
		return 0, false // the SVD with vectors would cost seconds
	}
	ca, cb := residual(a.MVN), residual(b.MVN)
	if errA != nil || errB != nil || ca == nil || cb == nil {
		return 0, false
	}
	m := mat.DenseCopyOf(ub)
	blas64.Trmm(blas.Right, blas.Trans, 1, ua.RawTriangular(), m.RawMatrix())
	var svd mat.SVD
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return svd.Factorize(m, mat.SVDThin)
	}()
	if !ok {
		return 0, false
	}
	s := svd.Values(nil)
	var p, q mat.Dense
	svd.UTo(&p)
	svd.VTo(&q)
	fo := 0.5*math.Abs(weightedTrace(&q, s, ca)) + 0.5*math.Abs(weightedTrace(&p, s, cb))
	return fo, !math.IsNaN(fo) && !math.IsInf(fo, 0)
}

// weightedTrace returns tr(V diag(s) Vᵀ C) = Σₖ sₖ vₖᵀ C vₖ.
func weightedTrace(v *mat.Dense, s []float64, c *mat.Dense) float64 {
	var cv mat.Dense
	cv.Mul(c, v)
	r, _ := v.Dims()
	sum := 0.0
	for k, sk := range s {
		col := 0.0
		for i := 0; i < r; i++ {
			col += v.At(i, k) * cv.At(i, k)
		}
		sum += sk * col
	}
	return sum
}
