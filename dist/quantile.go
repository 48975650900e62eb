package dist

import (
	"fmt"
	"math"
)

// Quantile returns the inverse of the cumulative distribution function,
// F⁻¹(p) = inf{x : F(x) ≥ p}, for 0 < p < 1: the family's own
// (Family.Quantile: a search on gonum's cumulative distribution function
// for Poisson, Binomial and Bernoulli, a closed form for Geometric), else
// gonum's distuv. Categorical and Dirichlet have none. The parameters
// must be numbers.
func (d *Dist) Quantile(p float64) (float64, error) {
	θ, err := d.Floats()
	if err != nil || !d.IsNumeric() || d.Multivariate() {
		return 0, fmt.Errorf("quantiles need numeric parameters of one variable")
	}
	if !(p > 0 && p < 1) {
		return 0, fmt.Errorf("quantile: p = %g is not in (0, 1)", p)
	}
	var v float64
	switch f := d.Family; {
	case f.Quantile != nil:
		if v, err = f.Quantile(θ, p); err != nil {
			return 0, err
		}
	case f.Gonum != nil:
		v = f.Gonum(θ, nil).Quantile(p)
	default:
		return 0, fmt.Errorf("%s has no quantile function", d.Family.Name)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("the %g-quantile of %s is not finite", p, d.Family.Name)
	}
	return v, nil
}

// discreteQuantile returns the least whole number k in [0, top] with
// cdf(k) ≥ p, by doubling and then bisection.
func discreteQuantile(cdf func(float64) float64, p, top float64) (float64, error) {
	hi := 1.0
	for cdf(hi) < p {
		if hi >= top || hi > 1<<52 {
			if cdf(top) >= p {
				hi = top
				break
			}
			return 0, fmt.Errorf("the %g-quantile is beyond %g", p, hi)
		}
		hi = math.Min(2*hi, top)
	}
	lo := -1.0 // cdf(lo) < p
	for hi-lo > 1 {
		mid := math.Floor((lo + hi) / 2)
		if cdf(mid) >= p {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}
