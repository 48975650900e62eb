package metrics

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// pearsonDivergence is Pearson's χ² divergence ∫(p − q)²/q = E_p[p/q] − 1,
// +∞ where q = 0 and p > 0.
var pearsonDivergence = declare(&Divergence{
	Name: "pearson", Signature: "pearson(p, q)", Rank: 66,
	Doc:     "Pearson χ² divergence ∫(p − q)²/q",
	Example: "pearson(N(0, 1), N(0, 2))",
	Family:  Pearson,
	Normal:  PearsonNormal,
	Integrand: &Integrand{
		UnderP:  func(logp, logq float64) float64 { return math.Exp(logp - logq) },
		Combine: func(meanP, _ float64) float64 { return meanP - 1 },
		Bounded: true,
	},
	StepsLabel: "χ²(p‖q)", Steps: "E_p[p/q] − 1",
})

// ErrPearsonInfinite reports χ²(p‖q) = +∞ between normals: ∫p²/q diverges
// unless M = 2Σ_q − Σ_p is positive definite.
var ErrPearsonInfinite = &dist.Infinite{Reason: "2Σ_q − Σ_p is not positive definite, so ∫p²/q diverges"}

// PearsonNormal returns χ²(p‖q) between normals by completing the square
// in ∫p²/q:
//
//	χ² = det Σ_q / √(det Σ_p · det M) · exp(δᵀ M⁻¹ δ) − 1,  M = 2Σ_q − Σ_p,
//
// δ = μ_p − μ_q, evaluated as expm1 of the logarithm, through the Cholesky
// factor of M. It is +∞ (ErrPearsonInfinite) when M is not positive
// definite.
func PearsonNormal(p, q *dist.MVN) (Estimate, error) {
	if err := invertiblePair(p, q); err != nil {
		return Estimate{}, err
	}
	a, b := view(p), view(q)
	δ := diffMean(a, b)
	if equalSym(a.sigma, b.sigma) && mat.Norm(mat.NewVecDense(len(δ), δ), 2) == 0 {
		return Estimate{}, nil
	}
	m := combine(b.sigma, a.sigma, func(x, y float64) float64 { return 2*x - y })
	var ch mat.Cholesky
	if !ch.Factorize(m) {
		return Estimate{}, ErrPearsonInfinite
	}
	var u mat.TriDense
	ch.UTo(&u)
	maha := mahalanobisSq(&u, δ)
	ldm := ch.LogDet()
	l := q.LogDet() - 0.5*p.LogDet() - 0.5*ldm + maha
	v := math.Expm1(l)
	d := float64(p.Dim())
	terms := math.Abs(q.LogDet()) + 0.5*math.Abs(p.LogDet()) + 0.5*math.Abs(ldm) + maha
	kappa := math.Max(p.Cond2(), q.Cond2())
	absErr := (1 + math.Abs(v)) * (rounding(d)*kappa*terms + 4*eps*(1+terms))
	return finiteResult(nonNegative(Estimate{Value: v, RelErr: relErr(v, absErr)}))
}
