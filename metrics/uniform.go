package metrics

import (
	"errors"

	"statcalc/dist"
	"statcalc/sym"
)

// uniformChernoff returns, for p = Uniform(a₁, b₁) and q = Uniform(a₂, b₂)
// with numeric ends, the Bhattacharyya distance (k = bhattacharyyaQuantity)
// or the Rényi divergence of order α from the overlap I = [a₁, b₁] ∩ [a₂, b₂]:
//
//	∫ p^α q^(1−α) dx = |I| · L_p^(−α) · L_q^(α−1),  L = b − a,
//	D_α = log(∫ p^α q^(1−α))/(α − 1),  D_B = −log(|I|/√(L_p L_q)),
//
// +∞ when the overlap is empty, or for α > 1 when p has mass outside q.
// handled is false for symbolic ends.
func uniformChernoff(k quantity, p, q *dist.Dist, alpha sym.Expr) (e sym.Expr, handled bool, err error) {
	if p.Family != dist.Uniform || q.Family != dist.Uniform || !p.IsNumeric() || !q.IsNumeric() {
		return nil, false, nil
	}
	θp, _ := p.Floats()
	θq, _ := q.Floats()
	lo, hi := p.Theta[0], p.Theta[1]
	if θq[0] > θp[0] {
		lo = q.Theta[0]
	}
	if θq[1] < θp[1] {
		hi = q.Theta[1]
	}
	if !(max(θp[0], θq[0]) < min(θp[1], θq[1])) {
		return nil, true, errApart
	}
	overlap := sym.Sub(hi, lo)
	lp, lq := sym.Sub(p.Theta[1], p.Theta[0]), sym.Sub(q.Theta[1], q.Theta[0])
	if k == bhattacharyyaQuantity {
		return sym.Neg(logOf(sym.Div(overlap, sqrtOf(sym.Mul(lp, lq))))), true, nil
	}
	a, aerr := sym.Float64(alpha)
	if aerr != nil || !sym.IsNumber(alpha) {
		return nil, true, errors.New("give a numeric order alpha for uniform distributions")
	}
	if a > 1 && (θp[0] < θq[0] || θp[1] > θq[1]) {
		return nil, true, errOutside
	}
	one := sym.Int(1)
	integral := sym.Mul(overlap, sym.Pow(lp, sym.Neg(alpha)), sym.Pow(lq, sym.Sub(alpha, one)))
	return sym.Div(logOf(integral), sym.Sub(alpha, one)), true, nil
}
