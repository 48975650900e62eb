package metrics

import (
	"fmt"
	"math"

	"statcalc/dist"
)

// EntropyNormal returns the differential entropy, in nats, of p = N(μ, Σ)
// (Cover & Thomas 2006, Elements of Information Theory, Theorem 8.4.1):
//
//	H(p) = ½ ln det(2πe Σ) = ½ [d (1 + ln 2π) + ln det Σ],
//
// with ln det Σ from the Cholesky factor. Σ must be positive definite (a
// singular normal has entropy −∞).
func EntropyNormal(p *dist.MVN) (Estimate, error) {
	if p == nil {
		return Estimate{}, fmt.Errorf("missing distribution")
	}
	if err := needInverse(p, "first"); err != nil {
		return Estimate{}, err
	}
	d := float64(p.Dim())
	c := d * (1 + math.Log(2*math.Pi))
	ld := p.LogDet()
	v := 0.5 * (c + ld)
	abs := 0.5 * (logDetErr(p) + 0.5*eps*(c+math.Abs(c+ld)))
	return finiteResult(Estimate{Value: v, RelErr: relErr(v, abs)})
}

// CrossEntropyNormal returns the cross-entropy H(p, q) = −E_p[ln q], in nats,
// of q = N(μ_q, Σ_q) relative to p = N(μ_p, Σ_p) (Cover & Thomas 2006, §2.3;
// it is H(p) + KL(p‖q)):
//
//	H(p, q) = ½ [d ln 2π + ln det Σ_q + tr(Σ_q⁻¹Σ_p) + Δμᵀ Σ_q⁻¹ Δμ],  Δμ = μ_p − μ_q,
//
// with tr(Σ_q⁻¹Σ_p) = ‖R_p U_q⁻¹‖²_F for U_qᵀU_q = Σ_q and any factor
// R_pᵀR_p = Σ_p. Only Σ_q
// must be positive definite; Σ_p may be singular.
func CrossEntropyNormal(p, q *dist.MVN) (Estimate, error) {
	if err := sameDim(p, q); err != nil {
		return Estimate{}, err
	}
	if err := needInverse(q, "second"); err != nil {
		return Estimate{}, err
	}
	pv, qv := view(p), view(q)
	d := float64(p.Dim())
	lq, _ := q.UpperFactor()
	m, errM := mahalanobis(q, diffMean(pv, qv))
	t, errT := 0.0, 0.0
	if f := p.Factor(); f != nil {
		t = traceSolve(lq, f)
		errT = traceErr(p, q, f, t)
	}
	c := d * math.Log(2*math.Pi)
	ldq := q.LogDet()
	v := 0.5 * (c + ldq + t + m)
	// c = d·ln 2π (two roundings) and three additions, each within u = ε/2
	// of the terms: 3u, between the random walk's 2.4u and the worst 5u.
	abs := 0.5 * quadrature(errT, errM, logDetErr(q), 1.5*eps*(m+c+math.Abs(ldq)+t))
	return finiteResult(Estimate{Value: v, RelErr: relErr(v, abs)})
}

// MahalanobisNormal returns the Mahalanobis distance of x from p = N(μ, Σ)
// (Mahalanobis 1936, Proc. Natl. Inst. Sci. India 2):
//
//	√((x − μ)ᵀ Σ⁻¹ (x − μ)) = ‖L⁻¹(x − μ)‖,  L Lᵀ = Σ.
//
// Σ must be positive definite.
func MahalanobisNormal(x []float64, p *dist.MVN) (Estimate, error) {
	if p == nil {
		return Estimate{}, fmt.Errorf("missing distribution")
	}
	if len(x) != p.Dim() {
		return Estimate{}, fmt.Errorf("point has %d entries but the distribution has dimension %d", len(x), p.Dim())
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Estimate{}, fmt.Errorf("point entry %d is %v", i+1, v)
		}
	}
	if err := needInverse(p, "second"); err != nil {
		return Estimate{}, err
	}
	l, _ := p.UpperFactor()
	mu := p.Mean()
	z := make([]float64, len(x))
	for i := range z {
		z[i] = x[i] - mu[i]
	}
	v := math.Sqrt(mahalanobisSq(l, z))
	return finiteResult(Estimate{Value: v, RelErr: relErr(v, v*0.5*(amp(p)+3*eps))})
}
