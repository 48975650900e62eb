package dist

import (
	"math"

	"statcalc/stop"
)

// poissonMeanLogFactorial returns E[log x!] for x ~ Poisson(λ), summing
// the series Σ p(k) log k! over k within 40 standard deviations of λ
// (beyond them the terms are below 1e-300 relative).
func poissonMeanLogFactorial(λ float64) float64 {
	lo := max(0, int(λ-40*math.Sqrt(λ)-40))
	hi := int(λ + 40*math.Sqrt(λ) + 40)
	logλ := math.Log(λ)
	var sum, c float64 // Kahan summation
	for k := lo; k <= hi; k++ {
		if k%4096 == 0 {
			stop.Check()
		}
		lf, _ := math.Lgamma(float64(k) + 1)
		term := math.Exp(float64(k)*logλ-λ-lf) * lf
		y := term - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

// binomialMeanLogChoose returns E[log C(n, x)] for x ~ Binomial(n, p), a
// finite sum.
func binomialMeanLogChoose(n int, p float64) float64 {
	ln := func(x float64) float64 { v, _ := math.Lgamma(x); return v }
	lp, lq := math.Log(p), math.Log1p(-p)
	var sum, c float64
	for k := 0; k <= n; k++ {
		if k%4096 == 0 {
			stop.Check()
		}
		lc := ln(float64(n)+1) - ln(float64(k)+1) - ln(float64(n-k)+1)
		term := math.Exp(lc+float64(k)*lp+float64(n-k)*lq) * lc
		y := term - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}
