package special

import (
	"math"
	"math/big"

	"statcalc/sym/special/internal/mp"
)

// besselBits is the working precision of the float64 Bessel functions:
// they are evaluated in multiple precision and rounded once, so the
// result is correctly rounded but for rare ties.
const besselBits = 80

// LogBesselI0 returns log I₀(x), I₀ the modified Bessel function of the
// first kind of order 0, for any finite x (I₀ is even); it does not
// overflow where I₀ does (x > 713). From the power series below about
// x = 30 and the asymptotic expansion beyond (DLMF 10.25.2, 10.40.1).
func LogBesselI0(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	v, _ := mp.LogBesselI0(new(big.Float).SetFloat64(math.Abs(x)), besselBits).Float64()
	return v
}

// BesselRatio returns I₁(x)/I₀(x), the derivative of log I₀ (odd in x,
// |value| < 1), for any finite x.
func BesselRatio(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(1, x)
	}
	v, _ := mp.BesselRatio(new(big.Float).SetFloat64(math.Abs(x)), besselBits).Float64()
	return math.Copysign(v, x)
}

// LogBesselI0e returns log I₀(x) − |x|, the logarithm of the exponentially
// scaled I₀, which keeps its absolute accuracy where log I₀(x) ≈ |x| is
// large (a von Mises density exp(κ (cos(x − μ) − 1))/(2π I₀(κ) e^(−κ))).
func LogBesselI0e(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	ax := new(big.Float).SetFloat64(math.Abs(x))
	l := mp.LogBesselI0(ax, besselBits)
	v, _ := l.Sub(l, ax).Float64()
	return v
}
