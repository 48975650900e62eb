package fisher

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/integrate/quad"
	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/sym"
)

// The Fisher–Rao distance is the length of the shortest path between two
// members of a family under the metric ds² = dθᵀ F(θ) dθ (Rao 1945). It has
// a closed form in a few cases only (Atkinson & Mitchell 1981; Calvo &
// Oller 1991; Miyamoto et al. 2024, "On closed-form expressions for the
// Fisher–Rao distance").

// ErrNoClosedForm reports a pair whose Fisher–Rao distance has no closed form.
var ErrNoClosedForm = errors.New("no closed form")

// RaoDistance returns the Fisher–Rao distance between two members of the
// same family in the closed form the family declares
// (dist.Family.RaoDistance):
//
//   - univariate normals N(μ, σ²) (and log-normals): the metric
//     (dμ² + 2 dσ²)/σ² is the hyperbolic plane scaled by √2 in (μ/√2, σ), so
//     d = 2√2 asinh(√(((μ₁ − μ₂)²/2 + (σ₁ − σ₂)²) / (4 σ₁ σ₂)));
//   - Laplace(μ, b): the metric (dμ² + db²)/b² is the hyperbolic plane,
//     d = 2 asinh(√(((μ₁ − μ₂)² + (b₁ − b₂)²) / (4 b₁ b₂)));
//   - one free parameter θ: d = |∫ √F(θ) dθ| between the two values, in
//     closed form for Poisson (2|√λ₁ − √λ₂|), Exponential (|log(λ₁/λ₂)|)
//     and Geometric (|g(p₁) − g(p₂)|, g(p) = log((1 + u)/(1 − u)), u = √(1 − p)).
//
// Other one-parameter families (Bernoulli, Binomial) are served by
// RaoDistanceQuadrature; anything else is ErrNoClosedForm.
func RaoDistance(p, q *dist.Dist) (sym.Expr, error) {
	if p.Family != q.Family {
		return nil, fmt.Errorf("the two distributions must be of the same family (%s and %s)", p.Family.Name, q.Family.Name)
	}
	if rao := p.Family.RaoDistance; rao != nil {
		return rao(p.Theta, q.Theta), nil
	}
	return nil, ErrNoClosedForm
}

// RaoDistanceQuadrature returns |∫ √F(θ) dθ| between two numeric members
// of a family with one free parameter in which they differ, by
// Gauss–Legendre quadrature of 64 and 128 nodes; relErr is the relative
// difference of the two (the integrand is smooth inside the parameter
// space, so the larger rule is far more accurate than this).
func RaoDistanceQuadrature(p, q *dist.Dist) (d, relErr float64, err error) {
	free := p.Family.Free(len(p.Theta))
	if p.Family != q.Family || p.Family.Vector || len(free) != 1 {
		return 0, 0, ErrNoClosedForm
	}
	for i := range p.Theta {
		if i != free[0] && !sym.Equal(p.Theta[i], q.Theta[i]) {
			return 0, 0, fmt.Errorf("the fixed parameter %s must be the same in both", p.Family.Params[i].Name)
		}
	}
	a, errA := sym.Float64(p.Theta[free[0]])
	b, errB := sym.Float64(q.Theta[free[0]])
	if errA != nil || errB != nil {
		return 0, 0, ErrNoClosedForm
	}
	θ := sym.Symbol("θ")
	at := append([]sym.Expr(nil), p.Theta...)
	at[free[0]] = θ
	F, err := Information(&dist.Dist{Family: p.Family, Theta: at}, free)
	if err != nil {
		return 0, 0, err
	}
	var evalErr error
	f := func(x float64) float64 {
		v, err := sym.Float64(sym.Subs(F[0][0], map[string]sym.Expr{"θ": sym.Float(x)}))
		if err != nil && evalErr == nil {
			evalErr = err
		}
		return math.Sqrt(v)
	}
	lo, hi := math.Min(a, b), math.Max(a, b)
	if lo == hi {
		return 0, 0, nil
	}
	coarse := quad.Fixed(f, lo, hi, 64, quad.Legendre{}, 0)
	fine := quad.Fixed(f, lo, hi, 128, quad.Legendre{}, 0)
	if evalErr != nil {
		return 0, 0, evalErr
	}
	return fine, math.Abs(fine-coarse) / fine, nil
}

// RaoDistanceCommonMean returns the Fisher–Rao distance between N(μ, Σ₁)
// and N(μ, Σ₂), √(½ Σ log² λᵢ) with λᵢ the eigenvalues of Σ₁⁻¹Σ₂ (James
// 1973; Skovgaard 1984), computed as those of L⁻¹ Σ₂ L⁻ᵀ with Σ₁ = L Lᵀ:
// one Cholesky factorisation, two triangular solves and a symmetric
// eigenvalue problem.
func RaoDistanceCommonMean(p, q *dist.MVN) (float64, error) {
	if p.Dim() != q.Dim() {
		return 0, fmt.Errorf("the dimensions differ (%d and %d)", p.Dim(), q.Dim())
	}
	mp, mq := p.Mean(), q.Mean()
	for i := range mp {
		if mp[i] != mq[i] {
			return 0, fmt.Errorf("%w for normals with different means and covariances (only bounds are known); here the means differ in entry %d", ErrNoClosedForm, i+1)
		}
	}
	for _, n := range []*dist.MVN{p, q} {
		if err := n.Invertible(); err != nil {
			return 0, err
		}
	}
	u, err := p.UpperFactor() // Σ₁ = UᵀU, L = Uᵀ
	if err != nil {
		return 0, err
	}
	d := p.Dim()
	var x mat.Dense
	// X = U⁻ᵀ Σ₂ U⁻¹: solve Uᵀ Y = Σ₂, then Uᵀ Xᵀ = Yᵀ (X symmetric).
	if err := x.Solve(u.T(), q.Cov()); err != nil {
		return 0, err
	}
	var y mat.Dense
	if err := y.Solve(u.T(), x.T()); err != nil {
		return 0, err
	}
	s := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			s.SetSym(i, j, (y.At(i, j)+y.At(j, i))/2)
		}
	}
	var e mat.EigenSym
	if !dist.FactorizeEigen(&e, s) { // the values-only path can panic on bad scaling
		return 0, errors.New("the eigenvalue decomposition failed")
	}
	sum := 0.0
	for _, λ := range e.Values(nil) {
		l := math.Log(λ)
		sum += l * l
	}
	return math.Sqrt(sum / 2), nil
}
