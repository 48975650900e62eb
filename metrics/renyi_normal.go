package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// RenyiNormal returns the Rényi divergence of order α,
// D_α(p‖q) = ln(∫ p^α q^{1−α}) / (α − 1), in nats, between p = N(μ_p, Σ_p) and
// q = N(μ_q, Σ_q) (Gil, Alajaji & Linder 2013, "Rényi divergence measures for
// commonly used univariate continuous distributions", Inf. Sci. 249, 124–131;
// Pardo 2006, Statistical Inference Based on Divergence Measures):
//
//	D_α = α/2 Δμᵀ Σ_α⁻¹ Δμ − 1/(2(α−1)) ln( det Σ_α / (det Σ_p^{1−α} det Σ_q^α) ),
//	Σ_α = α Σ_q + (1−α) Σ_p,  Δμ = μ_p − μ_q,
//
// for α > 0, α ≠ 1; α = 1 gives KLNormal. For α > 1, Σ_α must be positive
// definite (otherwise the divergence is +∞: a *dist.Infinite error). When
// the log-determinants cancel (p close to q, or α close to 0 or 1), it uses
// the cancellation-free form, with D = Σ_p − Σ_q, C = L_α⁻¹ D L_α⁻ᵀ and
// L_α L_αᵀ = Σ_α,
//
//	D_α = α/2 ‖L_α⁻¹Δμ‖² + ½ Φ(I + αC) + α/(2(1−α)) Φ(I − (1−α)C),
//
// Φ(M) = tr M − d − ln det M ≥ 0, which follows from Σ_p = Σ_α + αD and
// Σ_q = Σ_α − (1−α)D. Both covariances must be positive definite.
func RenyiNormal(p, q *dist.MVN, alpha float64) (Estimate, error) {
	if !(alpha > 0) || math.IsInf(alpha, 1) {
		return Estimate{}, fmt.Errorf("order α must be positive and finite, not %v", alpha)
	}
	if alpha == 1 {
		return KLNormal(p, q)
	}
	if err := invertiblePair(p, q); err != nil {
		return Estimate{}, err
	}
	e, err := renyiNormal(view(p), view(q), alpha)
	if err != nil {
		return Estimate{}, err
	}
	return finiteResult(nonNegative(e))
}

// renyiNormal evaluates D_α(p‖q) for α ≠ 1 as described at RenyiNormal.
func renyiNormal(p, q normal, alpha float64) (Estimate, error) {
	dim := p.Dim()
	beta := 1 - alpha
	sa := combine(p.sigma, q.sigma, func(x, y float64) float64 { return alpha*y + beta*x })
	na, err := dist.NewMVNSym(zeros(dim), sa)
	if err != nil || na.Singular() {
		if alpha > 1 {
			return Estimate{}, &dist.Infinite{Reason: fmt.Sprintf("%g·Σ_q − %g·Σ_p is not positive definite", alpha, alpha-1)}
		}
		return Estimate{}, fmt.Errorf("covariance %g·Σ_q + %g·Σ_p is numerically singular", alpha, beta)
	}
	la, _ := na.UpperFactor()
	// The residual of U_α against the exact αΣ_q + βΣ_p: the factor's own
	// plus the rounding of Σ_α's entries.
	ca := residual(na)
	if ca != nil {
		ce := congruence(la, combineErr(p.sigma, q.sigma, alpha, beta))
		ce.Add(ce, ca)
		ca = ce
	}
	m, errM := mahalanobisC(na, ca, diffMean(p, q))
	vm := 0.5 * alpha * m
	errM *= 0.5 * alpha
	if equalSym(p.sigma, q.sigma) {
		return Estimate{Value: vm, RelErr: relErr(vm, errM)}, nil
	}
	lda, ldp, ldq := na.LogDet(), p.LogDet(), q.LogDet()
	h := 0.5 / beta
	cov := h * (lda - beta*ldp - alpha*ldq)
	v := vm + cov
	terms := vm + math.Abs(h)*(math.Abs(lda)+math.Abs(beta*ldp)+alpha*math.Abs(ldq))
	errGeneral := quadrature(errM, math.Abs(h)*logDetErrC(na, ca), math.Abs(h*beta)*logDetErr(p.MVN), math.Abs(h)*alpha*logDetErr(q.MVN), eps*terms)
	if terms <= nearRatio*math.Abs(v) {
		return Estimate{Value: v, RelErr: relErr(v, errGeneral)}, nil
	}
	c := congruence(la, diffCov(p, q))
	phi1, err1, ok1 := phiShifted(c, alpha)
	phi2, err2, ok2 := phiShifted(c, -beta)
	if !ok1 || !ok2 {
		return Estimate{Value: v, RelErr: relErr(v, errGeneral)}, nil
	}
	g := alpha * h
	cov = 0.5*phi1 + g*phi2
	v = vm + cov
	cond := congruenceAmp(na) // see klNear
	abs := errM + 0.5*(err1+cond*phi1) + math.Abs(g)*(err2+cond*phi2) + 2*eps*(0.5*phi1+math.Abs(g)*phi2+vm)
	return Estimate{Value: v, RelErr: relErr(v, abs)}, nil
}

// combineErr returns (αΣ_q + βΣ_p) − Σ_α as a full matrix, Σ_α the rounded
// sum that combine forms: each product's error comes exactly from FMA and
// the sum's from TwoSum (Knuth), so the difference is exact to first order.
func combineErr(sp, sq *mat.SymDense, alpha, beta float64) *mat.Dense {
	d := sp.SymmetricDim()
	e := mat.NewDense(d, d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			x, y := sp.At(i, j), sq.At(i, j)
			a, b := alpha*y, beta*x
			s := a + b
			bv := s - a
			v := (a - (s - bv)) + (b - bv) + math.FMA(alpha, y, -a) + math.FMA(beta, x, -b)
			e.Set(i, j, v)
			e.Set(j, i, v)
		}
	}
	return e
}
