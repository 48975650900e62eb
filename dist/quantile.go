package dist

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Quantile returns the inverse of the cumulative distribution function,
// F⁻¹(p) = inf{x : F(x) ≥ p}, for 0 < p < 1: through gonum's distuv for
// continuous families, by search on gonum's cumulative distribution
// functions for Poisson, Binomial and Bernoulli, and in closed form for
// Geometric. Categorical and Dirichlet have none. The parameters must be
// numbers.
func (d *Dist) Quantile(p float64) (float64, error) {
	θ, err := d.Floats()
	if err != nil || !d.IsNumeric() || d.Multivariate() {
		return 0, fmt.Errorf("quantiles need numeric parameters of one variable")
	}
	if !(p > 0 && p < 1) {
		return 0, fmt.Errorf("quantile: p = %g is not in (0, 1)", p)
	}
	var q interface{ Quantile(float64) float64 }
	switch d.Family {
	case Poisson:
		return discreteQuantile(distuv.Poisson{Lambda: θ[0]}.CDF, p, math.Inf(1))
	case Binomial:
		return discreteQuantile(distuv.Binomial{N: θ[0], P: θ[1]}.CDF, p, θ[0])
	case Bernoulli:
		return discreteQuantile(distuv.Bernoulli{P: θ[0]}.CDF, p, 1)
	case Geometric:
		// F(k) = 1 − (1 − q)^k on 1, 2, …: the least k with F(k) ≥ p.
		k := math.Max(1, math.Ceil(math.Log1p(-p)/math.Log1p(-θ[0])-1e-9))
		if math.IsInf(k, 0) || math.IsNaN(k) {
			return 0, fmt.Errorf("the %g-quantile of %s is not finite", p, d.Family.Name)
		}
		return k, nil
	case Uniform:
		q = distuv.Uniform{Min: θ[0], Max: θ[1]}
	default:
		if d.Family.Gonum == nil {
			return 0, fmt.Errorf("%s has no quantile function", d.Family.Name)
		}
		q = d.Family.Gonum(θ, nil)
	}
	v := q.Quantile(p)
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
