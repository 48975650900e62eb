package metrics

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// KLNormal returns the Kullback–Leibler divergence KL(p‖q) = E_p[ln p − ln q],
// in nats, between p = N(μ_p, Σ_p) and q = N(μ_q, Σ_q) (Kullback 1959,
// Information Theory and Statistics, ch. 9, "Multivariate normal
// populations"):
//
//	KL = ½ [tr(Σ_q⁻¹Σ_p) + Δμᵀ Σ_q⁻¹ Δμ − d + ln det Σ_q − ln det Σ_p],  Δμ = μ_p − μ_q.
//
// With Cholesky factors L Lᵀ = Σ, tr(Σ_q⁻¹Σ_p) = ‖L_q⁻¹L_p‖²_F and Δμᵀ Σ_q⁻¹ Δμ = ‖L_q⁻¹Δμ‖²
// come from triangular solves and the log-determinants from the Cholesky
// factors. When p and q are so close that these terms cancel, it uses instead
//
//	KL = ½ [Φ(I + C) + ‖L_q⁻¹Δμ‖²],  C = L_q⁻¹ (Σ_p − Σ_q) L_q⁻ᵀ,
//
// Φ(M) = tr M − d − ln det M, a sum of non-negative terms (see phiShifted),
// which keeps full relative accuracy as p → q. Both covariances must be
// positive definite; identical arguments give exactly 0.
func KLNormal(p, q *dist.MVN) (Estimate, error) {
	if err := invertiblePair(p, q); err != nil {
		return Estimate{}, err
	}
	return finiteResult(nonNegative(klNormal(view(p), view(q))))
}

func klNormal(p, q normal) Estimate {
	d := float64(p.Dim())
	lq, _ := q.UpperFactor()
	kq := congruenceAmp(q.MVN)
	m, errM := mahalanobis(q.MVN, diffMean(p, q))
	if equalSym(p.sigma, q.sigma) {
		v := 0.5 * m
		return Estimate{Value: v, RelErr: relErr(v, 0.5*errM)}
	}
	if closeCov(p.sigma, q.sigma, 1e-3) {
		// Close covariances: the textbook terms would cancel, skip them.
		if v, ok := klNear(lq, diffCov(p, q), m, errM, kq); ok {
			return v
		}
	}
	w := p.Factor()
	t := traceSolve(lq, w)
	ldp, ldq := p.LogDet(), q.LogDet()
	v := 0.5 * (t - d + ldq - ldp + m)
	terms := t + d + math.Abs(ldq) + math.Abs(ldp) + m
	// Four additions, each within u = ε/2 of the terms, adding like a
	// random walk: 2u.
	abs := quadrature(traceErr(p.MVN, q.MVN, w, t), errM, logDetErr(q.MVN), logDetErr(p.MVN), eps*terms)
	general := Estimate{Value: v, RelErr: relErr(v, 0.5*abs)}
	if terms <= nearRatio*math.Abs(v) {
		return general
	}
	if near, ok := klNear(lq, diffCov(p, q), m, errM, kq); ok {
		return near
	}
	return general
}

// klNear evaluates ½[Φ(I + C) + m], C = L_q⁻¹(Σ_p − Σ_q)L_q⁻ᵀ.
func klNear(uq *mat.TriDense, diff *mat.Dense, m, errM, kq float64) (Estimate, bool) {
	phi, errPhi, ok := phiShifted(congruence(uq, diff), 1)
	if !ok {
		return Estimate{}, false
	}
	v := 0.5 * (phi + m)
	// δΦ = ⟨I − (I + C)⁻¹, δC⟩ ≤ 2Φ‖δC‖/‖C‖ to first order, and the
	// factor and the two solves perturb C by ‖δC‖ ≤ kq‖C‖/2
	// (congruenceAmp).
	return Estimate{Value: v, RelErr: relErr(v, 0.5*(errPhi+phi*kq+errM))}, true
}
