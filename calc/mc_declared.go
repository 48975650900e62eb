package calc

import (
	"errors"
	"math"

	"statcalc/mc"
	"statcalc/metrics"
)

// declaredEstimator estimates a declared divergence through its
// integrand form Combine(E_p[f], E_q[g]): each mean from its own draws (q's
// stream seeded apart from p's), the standard error by the delta method.
func declaredEstimator(name string) (mcEstimator, bool) {
	est, ok := declaredDensities(name)
	if !ok {
		return nil, false
	}
	return func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
		s.arity(a, 2)
		return est([]mc.Density{s.mcDensity(a, 0).d, s.mcDensity(a, 1).d}, c)
	}, true
}

// declaredDensities is declaredEstimator on the densities of p and q.
func declaredDensities(name string) (func(ps []mc.Density, c mc.Config) (mc.Estimate, error), bool) {
	d, ok := metrics.LookupDivergence(name)
	if !ok || d.Integrand == nil {
		return nil, false
	}
	in := d.Integrand
	return func(ps []mc.Density, c mc.Config) (mc.Estimate, error) {
		if ps[0].Dim() != ps[1].Dim() {
			return mc.Estimate{}, errors.New("the distributions have different dimensions")
		}
		mean := func(under int, f func(logp, logq float64) float64, seed uint64) (mc.Estimate, error) {
			if f == nil {
				return mc.Estimate{}, nil
			}
			p, q := ps[0], ps[1]
			return mc.Mean(ps[under], func(x []float64) (float64, error) {
				lp, err := p.LogProb(x)
				if err != nil {
					return 0, err
				}
				lq, err := q.LogProb(x)
				if err != nil {
					return 0, err
				}
				return f(lp, lq), nil
			}, mc.Config{N: c.N, Seed: seed, Stop: c.Stop})
		}
		ep, err := mean(0, in.UnderP, c.Seed)
		if err != nil {
			return mc.Estimate{}, err
		}
		eq, err := mean(1, in.UnderQ, c.Seed^0x9e3779b97f4a7c15)
		if err != nil {
			return mc.Estimate{}, err
		}
		v := in.Value(ep.Value, eq.Value)
		slope := func(h float64, at func(float64) float64) float64 {
			if h == 0 {
				return 0
			}
			return (at(h) - at(-h)) / (2 * h)
		}
		hp, hq := ep.StdErr/8, eq.StdErr/8
		dp := slope(hp, func(h float64) float64 { return in.Value(ep.Value+h, eq.Value) })
		dq := slope(hq, func(h float64) float64 { return in.Value(ep.Value, eq.Value+h) })
		return mc.Estimate{Value: v, StdErr: math.Hypot(dp*ep.StdErr, dq*eq.StdErr), N: c.N}, nil
	}, true
}
