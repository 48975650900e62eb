package dist

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Quantile returns the inverse of the cumulative distribution function,
// F⁻¹(p) = inf{x : F(x) ≥ p}, for 0 < p < 1, through gonum's distuv
// (continuous families only; the discrete ones and the vector-valued
// families have none). The parameters must be numbers.
func (d *Dist) Quantile(p float64) (float64, error) {
	θ, err := d.Floats()
	if err != nil || !d.IsNumeric() {
		return 0, fmt.Errorf("quantiles need numeric parameters")
	}
	if !(p > 0 && p < 1) {
		return 0, fmt.Errorf("quantile: p = %g is not in (0, 1)", p)
	}
	var q interface{ Quantile(float64) float64 }
	switch d.Family {
	case Normal:
		q = distuv.Normal{Mu: θ[0], Sigma: math.Sqrt(θ[1])}
	case Exponential:
		q = distuv.Exponential{Rate: θ[0]}
	case Gamma:
		q = distuv.Gamma{Alpha: θ[0], Beta: θ[1]}
	case Beta:
		q = distuv.Beta{Alpha: θ[0], Beta: θ[1]}
	case Laplace:
		q = distuv.Laplace{Mu: θ[0], Scale: θ[1]}
	case Uniform:
		q = distuv.Uniform{Min: θ[0], Max: θ[1]}
	case LogNormal:
		q = distuv.LogNormal{Mu: θ[0], Sigma: math.Sqrt(θ[1])}
	default:
		return 0, fmt.Errorf("%s has no quantile function", d.Family.Name)
	}
	v := q.Quantile(p)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("the %g-quantile of %s is not finite", p, d.Family.Name)
	}
	return v, nil
}
