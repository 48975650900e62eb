package metrics

import (
	"errors"
	"fmt"
	"math"
)

// CountDensity is what the summation route needs of a distribution on
// whole numbers: its log-probability (−∞ off the support) with a bound on
// its absolute error, and its quantile function, which finds the bulk of
// the mass.
type CountDensity interface {
	LogProb(k float64) (logp, absErr float64)
	Quantile(p float64) (float64, error)
}

// ErrNumericInfiniteUnderQ reports that p has no mass where q has, for a
// divergence that takes an expectation under q (the symmetric KL).
var ErrNumericInfiniteUnderQ = errors.New("infinite: p has zero mass where q has")

// maxSummed bounds the terms the summation route adds.
const maxSummed = 10_000_000

// NumericDiscrete evaluates a declared divergence between two distributions
// on whole numbers by summing its integrand, E_p[f] = Σ_k p(k) f(log p(k),
// log q(k)), outward from p's median until the terms are negligible. What
// is left beyond the last term is bounded by the geometric series of the
// ratio of the last two terms (which must fall), and the error reported
// is that bound, plus what the errors of the log-probabilities make of
// each term, plus the rounding of the sum. When q has no mass where p
// has, KL and the cross-entropy are +∞ (ErrNumericInfinite); the ends of
// the supports are probed for that up to 10¹⁵.
func NumericDiscrete(d *Divergence, p, q CountDensity) (Estimate, error) {
	in := d.Integrand
	if in == nil || !in.Quadrature() {
		return Estimate{}, errors.New("no numeric route: give two members of one family")
	}
	mp, ep, err := sumUnder(p, p, q, in.UnderP)
	if err != nil {
		return Estimate{}, err
	}
	mq, eq, err := sumUnder(q, p, q, in.UnderQ)
	if err != nil {
		return Estimate{}, err
	}
	switch {
	case math.IsInf(mp, 0):
		return Estimate{}, ErrNumericInfinite
	case math.IsInf(mq, 0):
		return Estimate{}, ErrNumericInfiniteUnderQ
	}
	v := in.Value(mp, mq)
	spread := math.Max(math.Abs(in.Value(mp+ep, mq+eq)-v), math.Abs(in.Value(mp-ep, mq-eq)-v))
	e := Estimate{Value: v}
	if v != 0 {
		e.RelErr = spread / math.Abs(v)
	} else if spread > 0 {
		e.RelErr = math.Inf(1)
	}
	return e, nil
}

// sumUnder returns Σ_k u(k) f(log p(k), log q(k)) over the support of u
// (p or q) and a bound on its error.
func sumUnder(u, p, q CountDensity, f func(logp, logq float64) float64) (float64, float64, error) {
	if f == nil {
		return 0, 0, nil
	}
	mid, err := u.Quantile(0.5)
	if err != nil {
		return 0, 0, err
	}
	hiBulk, err := u.Quantile(1 - 1e-12)
	if err != nil {
		return 0, 0, err
	}
	loBulk, err := u.Quantile(1e-12)
	if err != nil {
		return 0, 0, err
	}
	// The supports are runs of whole numbers: where u has mass at an end
	// of its support and the integrand is infinite there (q has none), so
	// is the sum, however little mass that is. The ends are probed at the
	// small numbers and far out.
	for _, k := range []float64{0, 1, 2, loBulk, hiBulk, 2*hiBulk + 1, 1e3, 1e6, 1e9, 1e12, 1e15} {
		if lu, _ := u.LogProb(k); !math.IsInf(lu, -1) && !math.IsNaN(lu) {
			lp, _ := p.LogProb(k)
			lq, _ := q.LogProb(k)
			if fk := f(lp, lq); math.IsInf(fk, 0) {
				return fk, 0, nil
			}
		}
	}
	var sum, abs, tail, propagated float64
	terms := 0
	// walk adds terms from k in steps of dir until they are negligible
	// beyond the bulk, or u has no mass there.
	walk := func(k float64, dir float64, bulkEnd float64) error {
		var prev float64
		for ; ; k += dir {
			lu, eu := u.LogProb(k)
			if math.IsInf(lu, -1) || math.IsNaN(lu) {
				if dir < 0 || k > bulkEnd {
					return nil // the end of the support
				}
				continue
			}
			lp, ep := p.LogProb(k)
			lq, eq := q.LogProb(k)
			fk := f(lp, lq)
			if math.IsInf(fk, 0) {
				// u has mass at k, however small, and the integrand is
				// infinite there (q has none): so is the sum.
				sum = fk
				return nil
			}
			t := math.Exp(lu) * fk
			if math.IsNaN(t) {
				return fmt.Errorf("the summand is not a number at x = %g", k)
			}
			// What the errors of log p, log q and log u make of the term.
			var spread float64
			for _, s := range [4][2]float64{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}} {
				spread = math.Max(spread, math.Abs(f(lp+s[0]*ep, lq+s[1]*eq)-fk))
			}
			propagated += math.Exp(lu)*spread + math.Abs(t)*math.Expm1(eu)
			sum += t
			abs += math.Abs(t)
			if terms++; terms > maxSummed {
				return fmt.Errorf("the sum did not settle in %d terms", maxSummed)
			}
			beyond := (dir > 0 && k > bulkEnd) || (dir < 0 && k < bulkEnd)
			if beyond && math.Abs(t) <= 1e-20*math.Abs(sum) {
				r := math.Abs(t) / math.Abs(prev)
				if prev != 0 && r < 1 {
					tail += math.Abs(t) * r / (1 - r)
					return nil
				}
			}
			if beyond && t == 0 && prev == 0 {
				return nil
			}
			prev = t
		}
	}
	if err := walk(mid, 1, hiBulk); err != nil {
		return 0, 0, err
	}
	if err := walk(mid-1, -1, loBulk); err != nil {
		return 0, 0, err
	}
	return sum, tail + propagated + float64(terms)*0x1p-53*abs, nil
}
