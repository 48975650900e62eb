package calc

import (
	"errors"
	"fmt"
	"math"

	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/sym"
)

// discreteRoute evaluates d(p, q) by summation (metrics.NumericDiscrete)
// for two distributions on whole numbers with numeric parameters that
// belong to different families, where no closed form applies
// (kl(Binomial(10, 0.3), Poisson(3))). ok is false for other pairs.
func (s *Session) discreteRoute(a *args, d *metrics.Divergence) (Value, bool) {
	var ds [2]*dist.Dist
	var cs [2]metrics.CountDensity
	for i := range ds {
		v, isDist := a.vals[i].(*Distribution)
		if !isDist || v.D.Multivariate() || !v.D.IsNumeric() || !v.D.Family.Discrete {
			return nil, false
		}
		ds[i] = v.D
		c, err := countDensity(v.D)
		if err != nil {
			return nil, false
		}
		cs[i] = c
	}
	if ds[0].Family == ds[1].Family || !d.Integrand.Quadrature() {
		return nil, false
	}
	if _, err := d.Family(ds[0], ds[1]); err == nil {
		return nil, false
	}
	e, err := metrics.NumericDiscrete(d, cs[0], cs[1])
	switch {
	case errors.Is(err, metrics.ErrNumericInfinite):
		err = &dist.Infinite{Reason: "support of p not contained in that of q"}
	case errors.Is(err, metrics.ErrNumericInfiniteUnderQ):
		err = &dist.Infinite{Reason: "support of q not contained in that of p"}
	}
	if s.showSteps {
		s.stepText("route", "numeric: the sum of the integrand over the support, its tail bounded by a geometric series (no closed form for this pair)")
	}
	return s.estimate(a, d.Information)(e, err), true
}

// count is a distribution on whole numbers as the summation route sees it.
type count struct {
	d       *dist.Dist
	sampler *dist.Sampler
	logPMF  func(k float64) (float64, float64) // the family's accurate one, if any
	cdf     []float64                          // for a family on finitely many values
}

func countDensity(d *dist.Dist) (metrics.CountDensity, error) {
	smp, err := d.Sampler()
	if err != nil || smp.Dim() != 1 {
		return nil, fmt.Errorf("no log-probability for %s", d.Family.Name)
	}
	c := &count{d: d, sampler: smp}
	if d.Family.LogPMF != nil {
		θ, err := d.Floats()
		if err != nil {
			return nil, err
		}
		c.logPMF = d.Family.LogPMF(θ)
	}
	if _, err := d.Quantile(0.5); err != nil {
		if d.Family.Probabilities == nil {
			return nil, err
		}
		total := 0.0
		for _, e := range d.Family.Probabilities(d.Theta) {
			p, err := sym.Float64(e)
			if err != nil {
				return nil, err
			}
			total += p
			c.cdf = append(c.cdf, total)
		}
	}
	return c, nil
}

// LogProb is the family's accurate log-probability, or the sampler's,
// whose error is a few ulps of its terms (log p + (k − 1) log(1 − p) for
// the geometric): 4 ulps of |log p| + 1 is allowed.
func (c *count) LogProb(k float64) (float64, float64) {
	if c.logPMF != nil {
		return c.logPMF(k)
	}
	lp, err := c.sampler.LogProb([]float64{k})
	if err != nil {
		return math.Inf(-1), 0
	}
	return lp, 4 * 0x1p-52 * (math.Abs(lp) + 1)
}

// Quantile is the family's, or for one on finitely many values the least
// value whose cumulative probability reaches p.
func (c *count) Quantile(p float64) (float64, error) {
	if c.cdf == nil {
		return c.d.Quantile(p)
	}
	first := 0.0
	if c.d.Family.Values == dist.Counting {
		first = 1
	}
	for i, f := range c.cdf {
		if f >= p {
			return first + float64(i), nil
		}
	}
	return first + float64(len(c.cdf)-1), nil
}
