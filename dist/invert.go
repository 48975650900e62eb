package dist

import (
	"math"
	"math/rand/v2"
)

// invertCDF solves cdf(x) = u for x in [lo, hi], starting from x0, by
// Newton's method with the density exp(logpdf(x)), safeguarded by
// bisection: for the quantiles of families whose cdf has no inverse in
// closed form (TruncatedNormal, VonMises).
func invertCDF(cdf, logpdf func(float64) float64, u, lo, hi, x0 float64) float64 {
	if !(u >= 0 && u <= 1) {
		return math.NaN()
	}
	x := x0
	for i := 0; i < 200; i++ {
		f := cdf(x) - u
		if f == 0 {
			return x
		}
		if f > 0 {
			hi = x
		} else {
			lo = x
		}
		nx := x - f/math.Exp(logpdf(x))
		if !(nx > lo && nx < hi) {
			nx = lo + (hi-lo)/2
		}
		if nx == x || hi-lo <= 4*math.Abs(x)*0x1p-52 {
			return nx
		}
		x = nx
	}
	return x
}

// randOf returns a generator drawing from src: src itself when it is one
// (a sampler passes its *rand.Rand), a fresh one seeded from the
// package's source when src is nil.
func randOf(src rand.Source) *rand.Rand {
	switch s := src.(type) {
	case nil:
		return rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	case *rand.Rand:
		return s
	}
	return rand.New(src)
}
